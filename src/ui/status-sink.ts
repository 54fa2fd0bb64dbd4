// Where the rows of `status` over a portfolio go as they are made: each dossier is read, summarised
// and released, and what is kept is its output (a JSON object, a CSV record, table cells), never the
// dossier. JSON and CSV are written as they go unless --sort needs them all first; the table needs
// every row for its column widths, so it keeps the cells.
import { comparator, type SortFields, type SortKey } from '../domain/portfolio.ts';
import type { Context } from './context.ts';
import { FORMAT_VERSION } from './exit-codes.ts';
import { indentedJsonItem, out } from './output.ts';
import { renderTable, rowJson, tableRow, type Row, type TableRow } from './render-status.ts';
import { jsonText } from './safe-text.ts';
import { csvHeader, csvRecord } from './status-csv.ts';

export type StatusFormat = 'table' | 'csv' | 'json';

export interface StatusSink {
  add(row: Row, sort: SortFields): void;
  /** `total`: dossiers looked at (the table says "shown of total"). */
  end(total: number): void;
}

/** Collects output in chunks of about 64 KB: one write per chunk, not one per dossier. */
function chunked(ctx: Context) {
  let buf: string[] = [];
  let size = 0;
  return {
    write(s: string) {
      buf.push(s);
      size += s.length;
      if (size >= 65_536) this.flush();
    },
    flush() {
      if (buf.length) ctx.stdout.document(buf.join(''));
      buf = [];
      size = 0;
    },
  };
}

/** Text items, written at once or, when sorted, kept with their sort fields and written at the end. */
function ordered(sort: SortKey | undefined, write: (s: string) => void) {
  const kept: { sort: SortFields; text: string }[] = [];
  return {
    add(text: string, fields: SortFields) {
      if (sort) kept.push({ sort: fields, text });
      else write(text);
    },
    drain() {
      if (!sort) return;
      const compare = comparator(sort);
      kept.sort((a, b) => compare(a.sort, b.sort));
      for (const k of kept) write(k.text);
      kept.length = 0;
    },
  };
}

// One valid JSON document, byte for byte what JSON.stringify(body, null, 2) would give.
function jsonSink(ctx: Context, sort: SortKey | undefined, unreadable: string[]): StatusSink {
  const w = chunked(ctx);
  let count = 0;
  const items = ordered(sort, (text) => w.write(`${count++ ? ',' : ''}\n    ${text}`));
  w.write(`{\n  "formatVersion": ${FORMAT_VERSION},\n  "dossiers": [`);
  return {
    add: (row, fields) => items.add(indentedJsonItem(rowJson(ctx, row)), fields),
    end() {
      items.drain();
      w.write(count ? '\n  ]' : ']');
      if (unreadable.length) w.write(`,\n  "unreadableFolders": ${jsonText(JSON.stringify(unreadable, null, 2).replace(/\n/g, '\n  '))}`);
      w.write('\n}\n');
      w.flush();
    },
  };
}

function csvSink(ctx: Context, sort: SortKey | undefined): StatusSink {
  const w = chunked(ctx);
  const items = ordered(sort, (text) => w.write(text));
  w.write(csvHeader());
  return {
    add: (row, fields) => items.add(csvRecord(row), fields),
    end() {
      items.drain();
      w.flush();
    },
  };
}

function tableSink(ctx: Context, sort: SortKey | undefined): StatusSink {
  const rows: { sort: SortFields; row: TableRow }[] = [];
  return {
    add: (row, fields) => rows.push({ sort: fields, row: tableRow(ctx, row) }),
    end(total) {
      if (sort) {
        const compare = comparator(sort);
        rows.sort((a, b) => compare(a.sort, b.sort));
      }
      out(
        ctx,
        renderTable(
          ctx,
          rows.map((r) => r.row),
          total,
          sort,
        ),
      );
    },
  };
}

export function statusSink(ctx: Context, format: StatusFormat, sort: SortKey | undefined, unreadable: string[]): StatusSink {
  return format === 'json' ? jsonSink(ctx, sort, unreadable) : format === 'csv' ? csvSink(ctx, sort) : tableSink(ctx, sort);
}
