// Bad props as one line that names the field, worded as domain/template_props.py words them:
// `price: expected a number, got "forty"`.
import type { z } from 'zod';

const NOUNS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

const shown = (input: unknown): string => {
  if (Array.isArray(input)) return 'a list';
  if (input !== null && typeof input === 'object') return 'an object';
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const describe = (issue: z.core.$ZodIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required, but missing';
      return `expected ${NOUNS[issue.expected] ?? issue.expected}, got ${shown(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${shown(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}, got ${(issue.input as unknown[]).length}`;
      return `expected a number ${issue.inclusive ? 'of at least' : 'greater than'} ${issue.minimum}, got ${shown(issue.input)}`;
    case 'custom':
      if (issue.message === 'Invalid color') return `expected a colour such as "#8B5CF6", got ${shown(issue.input)}`;
      return `${issue.message}, got ${shown(issue.input)}`;
    default:
      return issue.message;
  }
};

/** The first problem with `props` as one line (`script.scenes.0.duration: ...`), or null when they are valid. */
export const firstProblem = (schema: z.ZodType, props: unknown): string | null => {
  const result = schema.safeParse(props, { reportInput: true });
  if (result.success) return null;
  const issue = result.error.issues[0];
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') return `${[...path, issue.keys[0]].join('.')}: unknown field`;
  return `${path.length > 0 ? path.join('.') : 'props'}: ${describe(issue)}`;
};

/** Throws (before any frame is drawn) when `props` do not match the composition's schema. */
export const assertProps = (compositionId: string, schema: z.ZodType, props: unknown): void => {
  const problem = firstProblem(schema, props);
  if (problem !== null) throw new Error(`bad props for ${compositionId}: ${problem}`);
};
