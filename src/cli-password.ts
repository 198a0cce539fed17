import fs from 'node:fs';
import { PASSWORD_RULE_TEXT, passwordWeakness } from './modules/identity/password.rules.js';

/** How a CLI command may be given a new password: never on the command line itself. */
export interface PasswordSource {
  passwordFile?: string | undefined;
  passwordStdin?: boolean | undefined;
  /** The removed `--password VALUE`: refused with an explanation. */
  password?: string | undefined;
}

export class PasswordInputError extends Error {}

/** The first line of a file or of standard input: what `echo secret > file` and pipes give. */
const firstLine = (text: string) => text.replace(/\r?\n[\s\S]*$/, '');

// What was typed (or pasted) after the end of one answer, for the next question.
let typedAhead = '';

/** Reads a line from the terminal without showing it; Ctrl-C cancels. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (then: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      then();
    };
    /** Takes typed characters; true once the answer is complete. */
    const take = (chunk: string): boolean => {
      const chars = [...chunk];
      for (const [i, ch] of chars.entries()) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          typedAhead = chars
            .slice(i + 1)
            .join('')
            .replace(/^\n/, '');
          finish(() => resolve(value));
          return true;
        }
        if (ch === '\u0003') {
          finish(() => reject(new PasswordInputError('cancelled')));
          return true;
        }
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
      return false;
    };
    const onData = (chunk: string) => void take(chunk);
    process.stderr.write(question);
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
    const ahead = typedAhead;
    typedAhead = '';
    if (ahead) take(ahead);
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The new password for `username`: from `--password-file`, `--password-stdin`, or asked twice on
 * the terminal without echo. Checked against the strength rule before anything is written.
 */
export async function newPasswordFrom(source: PasswordSource, username: string): Promise<string> {
  if (source.password !== undefined) {
    throw new PasswordInputError(
      '--password was removed: a password on the command line shows in the process list and the shell history. ' +
        'Run the command on a terminal to be asked for it, or use --password-file FILE or --password-stdin in scripts.',
    );
  }
  if (source.passwordFile && source.passwordStdin) throw new PasswordInputError('give --password-file or --password-stdin, not both');
  let password: string;
  if (source.passwordFile) {
    password = firstLine(fs.readFileSync(source.passwordFile, 'utf8'));
  } else if (source.passwordStdin) {
    password = firstLine(await readStdin());
  } else if (process.stdin.isTTY) {
    password = await promptHidden(`New password for ${username} (${PASSWORD_RULE_TEXT}): `);
    if (passwordWeakness(password, username) === null && (await promptHidden('Type it again: ')) !== password) {
      throw new PasswordInputError('the two passwords differ; nothing was changed');
    }
  } else {
    throw new PasswordInputError('no password given: run on a terminal to be asked, or use --password-file FILE or --password-stdin');
  }
  const weakness = passwordWeakness(password, username);
  if (weakness) throw new PasswordInputError(`${weakness}: the password must have ${PASSWORD_RULE_TEXT}`);
  return password;
}
