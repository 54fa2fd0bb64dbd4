// commander writes its help in English; these hooks make the Dutch help Dutch throughout.
import { Help, type Option } from 'commander';

const DUTCH_TITLES: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Arguments:': 'Argumenten:',
  'Options:': 'Opties:',
  'Global Options:': 'Algemene opties:',
  'Commands:': 'Opdrachten:',
};
const dutch = (s: string) => s.replace('(choices: ', '(keuzes: ').replace(/(\(|, )default: /, '$1standaard: ');

/** commander writes its help in English; these hooks make the Dutch help Dutch throughout. */
export const DUTCH_HELP: Partial<Help> = {
  styleTitle: (s: string) => DUTCH_TITLES[s] ?? s,
  optionDescription(this: Help, o: Option) {
    return dutch(Help.prototype.optionDescription.call(this, o));
  },
  commandUsage(this: Help, c: Parameters<Help['commandUsage']>[0]) {
    return Help.prototype.commandUsage.call(this, c).replace('[options]', '[opties]').replace('[command]', '[opdracht]');
  },
  subcommandTerm(this: Help, c: Parameters<Help['subcommandTerm']>[0]) {
    return Help.prototype.subcommandTerm.call(this, c).replace(' [options]', ' [opties]');
  },
  argumentDescription(this: Help, a: Parameters<Help['argumentDescription']>[0]) {
    return dutch(Help.prototype.argumentDescription.call(this, a));
  },
};
