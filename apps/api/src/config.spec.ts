import { ConfigError, loadConfig, US_CRISIS_RESOURCES } from './config';

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
    ['SESSION_IDLE_MINUTES', '0'],
    ['SESSION_IDLE_MINUTES', 'fifteen'],
    ['SESSION_IDLE_MINUTES', '2000'],
    ['SESSION_LIFETIME_HOURS', '-1'],
    ['SESSION_LIFETIME_HOURS', '500'],
    ['PUBLIC_URL', 'waypoint.example.org'],
    ['PUBLIC_URL', 'ftp://waypoint.example.org'],
    ['WAYPOINT_SECRET_KEY', 'too short'],
    ['WAYPOINT_SECRET_KEY', 'ab'.repeat(16)],
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

  it('keeps sessions 15 minutes idle and 12 hours at most unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({
      sessionIdleMilliseconds: 15 * 60_000,
      sessionLifetimeMilliseconds: 12 * 3_600_000,
      publicUrl: null,
      secretKey: null,
      demoPassword: null,
      crisisResources: US_CRISIS_RESOURCES,
    });
    const short = loadConfig({ SESSION_IDLE_MINUTES: '0.05', SESSION_LIFETIME_HOURS: '0.5' });
    expect(short.sessionIdleMilliseconds).toBe(3_000);
    expect(short.sessionLifetimeMilliseconds).toBe(1_800_000);
  });

  it('refuses an idle time longer than the lifetime', () => {
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '90', SESSION_LIFETIME_HOURS: '1' })).toThrow(
      /^SESSION_IDLE_MINUTES: /,
    );
  });

  it('reads the public address without a trailing slash, and the secret key as hex or base64', () => {
    const key = 'a1'.repeat(32);
    const config = loadConfig({
      PUBLIC_URL: 'https://waypoint.example.org/',
      WAYPOINT_SECRET_KEY: key,
    });
    expect(config.publicUrl).toBe('https://waypoint.example.org');
    expect(config.secretKey?.toString('hex')).toBe(key);
    const base64 = Buffer.from(key, 'hex').toString('base64');
    expect(loadConfig({ WAYPOINT_SECRET_KEY: base64 }).secretKey?.toString('hex')).toBe(key);
  });

  it('takes a known demo password only with demo data, never in production', () => {
    expect(loadConfig({ WAYPOINT_DEMO_PASSWORD: 'kettle orbit lantern' }).demoPassword).toBe(
      'kettle orbit lantern',
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', WAYPOINT_DEMO_PASSWORD: 'kettle orbit lantern' }),
    ).toThrow(/^WAYPOINT_DEMO_PASSWORD: /);
  });

  it("reads another country's crisis lines, and refuses a line without its contact", () => {
    expect(
      loadConfig({ WAYPOINT_CRISIS_RESOURCES: 'Samaritans=Call 116 123; Emergencies=Call 999' })
        .crisisResources,
    ).toEqual([
      { label: 'Samaritans', contact: 'Call 116 123' },
      { label: 'Emergencies', contact: 'Call 999' },
    ]);
    expect(() => loadConfig({ WAYPOINT_CRISIS_RESOURCES: 'Samaritans' })).toThrow(
      /^WAYPOINT_CRISIS_RESOURCES: /,
    );
  });
});
