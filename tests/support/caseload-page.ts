import type { Locator, Page } from 'playwright-core';

// The caseload (home page) as the browser tests read it: an ARIA table on a CSS grid whose body
// rows scroll virtually, so only the rows in view are in the page. Each row says where it sits
// in the whole list (aria-rowindex, the header row is 1); a row whose window of 50 has not
// arrived yet is a placeholder with a busy cell and no name.

/** The caseload table, whose name says whose clients it lists and in which order. */
export function caseloadTable(page: Page): Locator {
  return page.getByRole('table', { name: /clients/ });
}

/** The body rows in the page (the header row left out), placeholders included. */
export function caseloadRows(page: Page): Locator {
  return caseloadTable(page).locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])');
}

/** The body row at a place in the whole list: 2 is the first client. */
export function caseloadRowAt(page: Page, rowIndex: number): Locator {
  return caseloadTable(page).locator(`[role="row"][aria-rowindex="${rowIndex}"]`);
}

/** The row of the client with this preferred name, once it is in the page. */
export function caseloadRow(page: Page, preferredName: string): Locator {
  return caseloadRows(page).filter({
    has: page.getByRole('link', { name: preferredName, exact: true }),
  });
}

/** Waits until the caseload shows its first client (not a placeholder). */
export async function waitForCaseloadRows(page: Page): Promise<void> {
  await caseloadRows(page).locator('a.preferred-name').first().waitFor();
}

/**
 * The preferred names in the caseload table, top to bottom, once it has settled: no window
 * loading, no placeholder left and, for the short caseloads these tests read whole, every row
 * of the list in the page (it throws when the list is longer than what the page shows). With
 * `until`, waits for the names to satisfy it as well, for a view that was just changed and
 * whose answer is still on its way.
 */
export async function caseloadNames(
  page: Page,
  options: {
    readonly until?: (names: readonly string[]) => boolean;
    readonly timeout?: number;
  } = {},
): Promise<string[]> {
  const deadline = Date.now() + (options.timeout ?? 15_000);
  for (;;) {
    const last = await settledCaseload(page);
    if (last !== null && last.isWhole && (options.until?.(last.names) ?? true)) return last.names;
    if (Date.now() > deadline) {
      throw new Error(
        last === null
          ? 'The caseload table did not settle: still loading, or rows still placeholders'
          : !last.isWhole
            ? `The caseload lists ${last.rowCount} clients but the page holds ${last.names.length} rows: read a short list, or scroll`
            : `The caseload's names did not become what was expected: ${JSON.stringify(last.names)}`,
      );
    }
    await page.waitForTimeout(100);
  }
}

interface SettledCaseload {
  readonly names: string[];
  /** How many clients the table says it lists (aria-rowcount less the header row). */
  readonly rowCount: number;
  /** Whether every row of the list is in the page. */
  readonly isWhole: boolean;
}

/** The caseload as the page shows it now, or null while it loads or shows placeholders. */
function settledCaseload(page: Page): Promise<SettledCaseload | null> {
  return page.evaluate(() => {
    if (document.querySelector('[role="progressbar"][aria-label="Loading your caseload"]')) {
      return null;
    }
    const table = document.querySelector('[role="table"].caseload-table');
    if (table === null) return null;
    const rows = [
      ...table.querySelectorAll('[role="row"][aria-rowindex]:not([aria-rowindex="1"])'),
    ];
    if (rows.some((row) => row.querySelector('a.preferred-name') === null)) return null;
    const rowCount = Number(table.getAttribute('aria-rowcount')) - 1;
    const names = rows.map((row) => row.querySelector('a.preferred-name')!.textContent!.trim());
    return { names, rowCount, isWhole: names.length === rowCount };
  });
}

/** The variables of a caseloadView request: which view, and which window of it. */
export interface CaseloadViewVariables {
  readonly clinicianId?: string;
  readonly view?: {
    readonly needsAttention?: boolean;
    readonly statuses?: readonly string[];
    readonly flag?: string | null;
    readonly domain?: string | null;
    readonly search?: string;
    readonly sort?: string;
    readonly descending?: boolean;
  };
  readonly offset: number;
  readonly limit: number;
}

/**
 * Resolves when the server has answered a caseloadView request that `matches`. Start it before
 * the click that changes the view: once it resolves, the page shows the new view or is still
 * loading it, never the view before (which it drops when it asks), so `caseloadNames` then
 * reads the new one.
 */
export async function caseloadViewAnswered(
  page: Page,
  matches: (variables: CaseloadViewVariables) => boolean = () => true,
): Promise<void> {
  await page.waitForResponse((response) => {
    let body: { operationName?: string; variables?: CaseloadViewVariables } | null;
    try {
      body = response.request().postDataJSON() as typeof body;
    } catch {
      return false; // not JSON: not a GraphQL request
    }
    return (
      body?.operationName === 'CaseloadView' &&
      body.variables !== undefined &&
      matches(body.variables)
    );
  });
}
