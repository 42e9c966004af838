import { formatResult } from './format';
import { listText, parseCli, USAGE, UsageError } from './args';
import { runToEnd } from '../scenarios/run';
import { DesignFileError, formatDesignResult, runDesignFile } from './design';

/** `npm run sim`: runs a scenario headless and prints a summary or JSON. */
function main(argv: readonly string[]): number {
  try {
    const req = parseCli(argv);
    if (req.mode === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (req.mode === 'list') {
      process.stdout.write(`${listText()}\n`);
      return 0;
    }
    if (req.mode === 'design') {
      const r = runDesignFile(req.run);
      process.stdout.write(`${req.json ? JSON.stringify(r.run) : formatDesignResult(r)}\n`);
      return 0;
    }
    const result = runToEnd(req.input);
    if (req.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      for (const note of req.notices) process.stderr.write(`note: ${note}\n`);
      process.stdout.write(`${formatResult(result)}\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof DesignFileError) {
      process.stderr.write(`sim: ${e.message}\n`);
      return 1;
    }
    const message = e instanceof UsageError ? e.message : `internal error: ${(e as Error).message}`;
    process.stderr.write(`sim: ${message}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
