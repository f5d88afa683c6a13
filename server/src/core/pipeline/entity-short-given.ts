/**
 * A given name's short form (pure): "Sam Tolland" after "Samuel Tolland" is the same person, as is "Bill
 * Tolland" after "William Tolland" (`resolveLocal` joins two-word names of one surname this way). A short
 * form is a listed pet name, or the full name's first three or more letters when the full name is at least
 * two letters longer and both are known given names of one gender ("Sam"/"Samuel", "Alex"/"Alexander"; not
 * "Carl"/"Carla", names of their own, nor "Max"/"Maxine", of no one gender).
 */
import { genderOfFirstName } from '../model/gender';

/** Pet names that are no prefix of their full name: pet name → full names. */
const PET_NAMES = new Map<string, readonly string[]>(`bill:william billy:william bob:robert bobby:robert dick:richard rick:richard
  jim:james jimmy:james jack:john johnny:john tom:thomas tommy:thomas mike:michael mick:michael tony:anthony
  harry:henry hank:henry ted:edward ned:edward andy:andrew steve:stephen,steven dave:david joe:joseph pete:peter
  liz:elizabeth beth:elizabeth betty:elizabeth kate:katherine,catherine,kathryn katie:katherine,catherine
  kathy:katherine,kathryn cathy:catherine peggy:margaret maggie:margaret meg:margaret sue:susan jenny:jennifer
  chuck:charles charlie:charles larry:lawrence jerry:gerald terry:terence frank:francis alf:alfred
  sandy:alexandra nell:helen molly:mary polly:mary patty:patricia trish:patricia becky:rebecca
  debbie:deborah vicky:victoria`.split(/\s+/).map((p) => {
  const [pet, full] = p.split(':');
  return [pet, full.split(',')];
}));

function shortOf(short: string, full: string): boolean {
  if (PET_NAMES.get(short)?.includes(full)) return true;
  if (short.length < 3 || full.length < short.length + 2 || !full.startsWith(short)) return false;
  const g = genderOfFirstName(short);
  return g !== null && g === genderOfFirstName(full);
}

/** Is one of two given names (any case) the other's short form? */
export function sameGivenName(a: string, b: string): boolean {
  const x = a.toLowerCase(), y = b.toLowerCase();
  return x !== y && (shortOf(x, y) || shortOf(y, x));
}
