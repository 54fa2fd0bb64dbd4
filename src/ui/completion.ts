// Shell completion scripts for bash, zsh and fish, generated from the command tree itself (so a
// new command or option completes without touching this file): commands, subcommands, options,
// option choices, and step ids where a command takes one.

export interface CompletionOption {
  flags: string[];
  takesValue: boolean;
  choices: string[];
}

export interface CompletionCommand {
  path: string[];
  options: CompletionOption[];
  subcommands: string[];
  /** The positional argument is a step id. */
  stepArgument: boolean;
  /** The positional argument's choices, when it has them. */
  argumentChoices: string[];
}

export interface CompletionSpec {
  commands: CompletionCommand[];
  global: CompletionOption[];
  stepIds: string[];
}

const words = (xs: string[]) => xs.join(' ');
const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function bashCompletion(spec: CompletionSpec): string {
  const top = spec.commands.filter((c) => c.path.length === 1);
  const cases = spec.commands
    .map((c) => {
      const opts = [...c.options, ...spec.global];
      const valued = opts.filter((o) => o.takesValue);
      const choiceCases = valued
        .map(
          (o) => `      ${o.flags.join('|')}) COMPREPLY=($(${o.choices.length ? `compgen -W ${shq(words(o.choices))}` : 'compgen -f'} -- "$cur")); return ;;`,
        )
        .join('\n');
      const next = [...c.subcommands, ...opts.flatMap((o) => o.flags)];
      return `    ${shq(c.path.join(' '))})
      case "$prev" in
${choiceCases}
      esac
      ${c.stepArgument || c.argumentChoices.length ? `if [[ "$cur" != -* ]]; then COMPREPLY=($(compgen -W ${shq(words(c.stepArgument ? spec.stepIds : c.argumentChoices))} -- "$cur")); return; fi` : ':'}
      COMPREPLY=($(compgen -W ${shq(words(next))} -- "$cur")) ;;`;
    })
    .join('\n');
  return `# lz-onboard completion for bash: eval "$(lz-onboard completion bash)" (e.g. in ~/.bashrc)
_lz_onboard() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" path="" w i
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    [[ "$w" == -* ]] && continue
    case " \${path:+$path }$w" in
${spec.commands.map((c) => `      ${shq(` ${c.path.join(' ')}`)}) path=${shq(c.path.join(' '))} ;;`).join('\n')}
    esac
  done
  case "$path" in
${cases}
    *) COMPREPLY=($(compgen -W ${shq(words([...top.map((c) => c.path[0]!), 'help', ...spec.global.flatMap((o) => o.flags)]))} -- "$cur")) ;;
  esac
}
complete -F _lz_onboard lz-onboard
`;
}

/** zsh runs the bash function through bashcompinit, which ships with zsh. */
export function zshCompletion(spec: CompletionSpec): string {
  return `#compdef lz-onboard
# lz-onboard completion for zsh: eval "$(lz-onboard completion zsh)" (e.g. in ~/.zshrc)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bashCompletion(spec).split('\n').slice(1).join('\n')}`;
}

export function fishCompletion(spec: CompletionSpec): string {
  const lines = ['# lz-onboard completion for fish: lz-onboard completion fish > ~/.config/fish/completions/lz-onboard.fish', 'complete -c lz-onboard -f'];
  const top = spec.commands.filter((c) => c.path.length === 1).map((c) => c.path[0]!);
  lines.push(`complete -c lz-onboard -n __fish_use_subcommand -a ${shq(words([...top, 'help']))}`);
  const opt = (o: CompletionOption, cond: string) => {
    const parts = o.flags.map((f) => (f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`)).join(' ');
    const value = o.takesValue ? (o.choices.length ? ` -x -a ${shq(words(o.choices))}` : ' -r -F') : '';
    return `complete -c lz-onboard${cond} ${parts}${value}`;
  };
  for (const o of spec.global) lines.push(opt(o, ''));
  for (const c of spec.commands) {
    const cond = ` -n ${shq(`__fish_seen_subcommand_from ${c.path.at(-1)}`)}`;
    if (c.subcommands.length) lines.push(`complete -c lz-onboard${cond} -a ${shq(words(c.subcommands))}`);
    if (c.stepArgument) lines.push(`complete -c lz-onboard${cond} -a ${shq(words(spec.stepIds))}`);
    if (c.argumentChoices.length) lines.push(`complete -c lz-onboard${cond} -a ${shq(words(c.argumentChoices))}`);
    for (const o of c.options) lines.push(opt(o, cond));
  }
  return `${lines.join('\n')}\n`;
}
