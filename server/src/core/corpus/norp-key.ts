/**
 * A one-word nationality's or group's join key: its letter key (`entityNameKey`) read without a plural "s" or an
 * adjective's "-ish", so "Jews", "Jew" and "Jewish", "Muslims" and "Muslim", "Finns" and "Finnish" name one group
 * across articles. Only NORP names are read so: the letter keys that keep two places apart ("Montara" and
 * "Mantura") are untouched. Names of several words keep their whole-name key.
 */
import { entityNameKey } from '../text/normalize';

export function norpNameKey(name: string): string {
  if (/[\s-]/.test(name)) return entityNameKey(name, false);
  const w = name.toLowerCase();
  if (w.length > 5 && w.endsWith('ish')) return entityNameKey(w.slice(0, -3), false); // "Jewish" → "jew", "Turkish" → "turk"
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return entityNameKey(w.slice(0, -1), false); // not "Swiss"
  return entityNameKey(w, false);
}
