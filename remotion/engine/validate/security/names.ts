import { FORBIDDEN_MEMBERS } from '../allowlists';

export interface NameVerdict {
  code: string;
  message: string;
}

/** Why a property name may not be read or written, or null when it may. */
export const forbiddenMemberName = (name: string): NameVerdict | null => {
  const rule = FORBIDDEN_MEMBERS.get(name);
  if (rule) {
    return { code: rule.code, message: `\`${name}\` is not allowed: ${rule.why}` };
  }
  if (name.startsWith('__')) {
    return { code: 'internals-access', message: `\`${name}\` is not allowed: names starting with __ reach library internals` };
  }
  return null;
};
