import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('runs locally with demo data on loopback when nothing is set', () => {
    const config = loadConfig({}, '/srv/waypoint');
    expect(config).toMatchObject({
      environment: 'development',
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: null,
      dataDirectory: '/srv/waypoint/data',
      isDemoDataEnabled: true,
      dashboardDirectory: '/srv/waypoint/dist/dashboard/browser',
    });
  });

  it('never seeds demo data in production unless asked, and refuses when asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).isDemoDataEnabled).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', WAYPOINT_DEMO_DATA: 'true' })).toThrow(
      'WAYPOINT_DEMO_DATA: demo data is never seeded in production',
    );
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['DATABASE_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://localhost/waypoint'],
    ['NODE_ENV', 'staging'],
    ['WAYPOINT_DEMO_DATA', 'yes please'],
    ['LOG_LEVEL', 'loud'],
  ])('names %s when it is %p', (variable, value) => {
    let thrown: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variable).toBe(variable);
    expect((thrown as ConfigError).message).toMatch(new RegExp(`^${variable}: `));
  });

  it('accepts an external PostgreSQL server and port 0 for a free port', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://app@db:5432/waypoint', PORT: '0' });
    expect(config.databaseUrl).toBe('postgresql://app@db:5432/waypoint');
    expect(config.port).toBe(0);
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: '  ', DATABASE_URL: '' })).toMatchObject({
      port: 3000,
      databaseUrl: null,
    });
  });
});
