/**
 * The developer CLI: `npm run --silent cli -- <command> [args]`, JSON on stdout.
 *
 * Contract for every command: every documented key is present (null when unknown; extra keys
 * allowed). `--jsonl` reads one JSON object of arguments per stdin line and writes exactly one
 * JSON line per input line, in order; a bad line gives {"error":{"code","message"}} on that line
 * and processing continues. Without --jsonl an error prints the error object and exits 1.
 */
import { createInterface } from 'node:readline';
import { commands, CliError, type Command } from './lib/cli-commands';

function parseArgv(argv: string[]): { positionals: string[]; flags: Record<string, string | true> } {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const next = argv[i + 1];
      if (inline !== undefined) flags[key] = inline;
      else if (next !== undefined && !next.startsWith('--')) {
        flags[key] = next;
        i++;
      } else flags[key] = true;
    } else positionals.push(arg);
  }
  return { positionals, flags };
}

function errorObject(error: unknown): { error: { code: string; message: string } } {
  if (error instanceof CliError) return { error: { code: error.code, message: error.message } };
  return { error: { code: 'internal', message: String((error as Error)?.message ?? error) } };
}

async function runJsonl(command: Command): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    let out: unknown;
    try {
      let input: unknown;
      try {
        input = JSON.parse(line);
      } catch {
        throw new CliError('bad_input', 'line is not valid JSON');
      }
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        throw new CliError('bad_input', 'line must be a JSON object of arguments');
      }
      out = await command.run(input as Record<string, unknown>);
    } catch (error) {
      out = errorObject(error);
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    const list = Object.values(commands)
      .map((c) => `  ${c.usage}`)
      .join('\n');
    const out = errorObject(new CliError('unknown_command', `usage: npm run --silent cli -- <command>\n${list}`));
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return 1;
  }
  const { positionals, flags } = parseArgv(rest);
  if (flags.jsonl) {
    await runJsonl(command);
    return 0;
  }
  try {
    const out = await command.run(command.fromArgv(positionals, flags));
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return 0;
  } catch (error) {
    process.stdout.write(`${JSON.stringify(errorObject(error))}\n`);
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stdout.write(`${JSON.stringify(errorObject(error))}\n`);
    process.exitCode = 1;
  },
);
