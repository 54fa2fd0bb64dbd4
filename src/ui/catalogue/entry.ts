// One message: its Dutch and its English text; `{name}` is a parameter, `{n:one|many}` a count.
export type Entry = readonly [nl: string, en: string];
