/**
 * A share or a sum that names the level a rule sets ("a 5 percent threshold", "a 10 percent cap on rent
 * rises", "a $500 limit", "a target of 95%"), or the most a penalty may reach ("fines of up to 4% of
 * turnover", "fined up to $5,000", "can fine a firm up to 4% of its turnover"), the most a scheme lets one draw ("can borrow up to £9,000")
 * or serves ("up to 2,000 households will get grants under the scheme") or the reach of a
 * zone ("a 10-kilometre control zone"): a rule's setting, not a measured figure a fact-checker would source. Pure.
 */
import type { Claim } from '../types';
import { isRegexSpace, letterBeforeSpaces } from './spaces-around';

/** Counted nouns of a level a rule or law sets. */
const RULE_LEVELS = new Set(['threshold', 'limit', 'cap', 'ceiling', 'quota', 'hurdle']);

/**
 * A level's noun and "of" right before the figure: "a legal limit of 0.05 percent", "against a target of
 * 95%", "a goal of at least 2% of output" (a target or goal only with a share: "a price target of $21" is an analyst's forecast, a claim).
 */
const LEVEL_OF_BEFORE = /\b(?:threshold|limit|cap|ceiling|quota)\s+of\s+$/i;
const TARGET_OF_BEFORE = /\b(?:target|goal|aim|objective)\s+of\s+$/i;

/** A pledge, plan or goal and its verb of spending or reaching right before a share: "pledged to spend", "aims to reach", "wants to reach". */
const PLEDGED_SHARE_BEFORE = /\b(?:pledged?|pledging|agreed|agree|committed|commit|promised|vowed|aims?|aimed|aiming|wants?|wanted|plans?|planned|intends?|intended|hopes?|hoped)\s+(?:to\s+)?(?:spend(?:ing)?|devot(?:e|ing)|reach(?:ing)?|meet(?:ing)?|hit(?:ting)?)\s+$/i;

/** A penalty right before "up to": "a fine of", "penalties of", "fined", "a maximum fine of". */
const PENALTY_BEFORE = /\b(?:fines?|fined|penalt(?:y|ies)|sanctions?)\s+(?:of\s+)?$/i;

/** A verb of fining with its object right before "up to": "can fine a company", "may penalise firms" (the most it may charge). */
const FINE_WHOM_BEFORE = /\b(?:fine|fines|fining|penali[sz]e|penali[sz]es)\s+(?:[\p{L}'’-]+\s+){1,4}$/iu;

/**
 * A length that sizes a zone an authority draws ("a 10-kilometre control zone", "a 3 km exclusion zone", "within a
 * 20-mile radius"): the reach of an order, not a measured figure.
 */
const ZONE_AFTER = /^(?:-|\s)?(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|m)\s+(?:(?:control|exclusion|protection|surveillance|buffer|security|no-go|restricted|safety|quarantine|evacuation)\s+)?(?:zone|radius|cordon)\b/i;

/** A modal and a verb of drawing on an entitlement right before "up to": "students can borrow", "may claim". */
const ENTITLED_BEFORE = /\b(?:can|may|could|will\s+be\s+able\s+to|(?:is|are)\s+(?:allowed|entitled|eligible)\s+to)\s+(?:now\s+|still\s+|each\s+)?(?:borrow|claim|receive|withdraw|deduct)\s+$/i;

/**
 * A proposed rule capping something at a share or a sum: "an amendment to cap rent rises at 4% a year", "would
 * limit fee increases to 3%", "capping charges at £250". The verb after "to" or a modal, or as a gerund, with
 * its object, or in the passive of a rule to come ("Bus fares will be capped at £2"): a past tense ("rises were capped at
 * 4%") tells what happened and stays a claim.
 */
const PROPOSED_CAP_BEFORE = /\b(?:(?:to|would|will|could|should|must|may|can)\s+(?:cap|limit)|capping|limiting)\s+(?:[\p{L}'’-]+\s+){1,4}(?:at|to)\s+$|\b(?:will|would|is\s+to|are\s+to)\s+be\s+(?:capped|limited)\s+(?:at|to)\s+$/iu;

/**
 * A number of votes a measure needs ("The bill needs 60 votes to end debate", "requires 217 votes to pass"):
 * the level the chamber's rules set, not a tally anybody won.
 */
const VOTES_NEEDED_BEFORE = /\b(?:needs?|needed|needing|requires?|required|requiring)\s+(?:at\s+least\s+|only\s+|just\s+)?$/i;

/** Is the claim a share or a sum counting a rule's level ("a 5 percent threshold"), a scheme's cap or a zone's reach? */
export function ruleLevel(c: Claim, text: string): boolean {
  if (c.quantity.unit === 'count') {
    if (c.counted === 'vote') return VOTES_NEEDED_BEFORE.test(text.slice(Math.max(0, c.quantity.start - 24), c.quantity.start));
    return c.measure === 'length' && zoneUnitNext(text, c.quantity.end) && ZONE_AFTER.test(text.slice(c.quantity.end, c.quantity.end + 48)) || upToScheme(c, text);
  }
  if (RULE_LEVELS.has(c.counted)) return true;
  // "seen within four hours, against a target of 95%": the level set, not a measured share
  // (cheap gate: "of " right before the figure)
  if (text.charCodeAt(c.quantity.start - 2) === 102 && (text.charCodeAt(c.quantity.start - 3) | 32) === 111) {
    const before = text.slice(Math.max(0, c.quantity.start - 16), c.quantity.start);
    if (LEVEL_OF_BEFORE.test(before) || c.quantity.unit === 'percent' && TARGET_OF_BEFORE.test(before)) return true;
  }
  if (c.counted === 'target' && c.quantity.unit === 'percent') return true; // "a 95% target"
  // "an amendment to cap rent rises at 4% a year": the level a proposed rule sets (cheap gate: "at " or "to " right before)
  const t2 = text.charCodeAt(c.quantity.start - 2);
  if ((t2 === 116 || t2 === 111) && (text.charCodeAt(c.quantity.start - 3) | 32) === (t2 === 116 ? 97 : 116) && PROPOSED_CAP_BEFORE.test(text.slice(Math.max(0, c.quantity.start - 60), c.quantity.start))) return true;
  // "members pledged to spend at least 2% of output": the share a pledge or goal sets, not one measured
  if (c.quantity.unit === 'percent' && pledgeVerbEnd(letterBeforeSpaces(text, c.quantity.start, Math.max(0, c.quantity.start - 40))) && PLEDGED_SHARE_BEFORE.test(text.slice(Math.max(0, c.quantity.start - 40), c.quantity.start))) return true;
  // "a fine of up to 10% of revenue": the most the law allows, not a fine anybody paid
  // "students can borrow up to £9,000 a year": the most a scheme allows, not a sum anybody borrowed
  if ((c.quantity.text.charCodeAt(0) | 0x20) !== 117 || !/^up to\b/i.test(c.quantity.text)) return false;
  const before = text.slice(Math.max(0, c.quantity.start - 40), c.quantity.start);
  return PENALTY_BEFORE.test(before) || ENTITLED_BEFORE.test(before) || FINE_WHOM_BEFORE.test(before) || SCHEME_AFTER.test(text.slice(c.quantity.end, c.end + 80));
}

/** Is the claim "up to" a figure that a scheme named after it in its clause sets (SCHEME_AFTER)? */
function upToScheme(c: Claim, text: string): boolean {
  return (c.quantity.text.charCodeAt(0) | 0x20) === 117 && /^up to\b/i.test(c.quantity.text) && SCHEME_AFTER.test(text.slice(c.quantity.end, c.end + 80));
}

/**
 * "Up to 2,000 households will get grants under the scheme": "up to" with a verb of receiving and the scheme, plan or
 * law that grants it later in its clause is the most the scheme allows (its cap), not a count of anybody served
 * ("up to 300 workers were laid off under the plan" is a cut, still a claim).
 */
const SCHEME_AFTER = /^[^.;,:"“”]{0,40}?\b(?:get|gets|receive|receives|benefit|benefits|qualify|qualifies|be\s+(?:eligible|offered|given|paid|helped|housed|covered|entitled|able)|could\s+claim|can\s+claim)\b[^.;,:"“”]{0,40}?\bunder\s+(?:the|a|an|this|its|their)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:scheme|programme|program|plan|law|rules|policy|initiative)\b/iu;

/** Could ZONE_AFTER match at `end` (cheap gate: "k" or "m" after an optional hyphen or space)? */
function zoneUnitNext(text: string, end: number): boolean {
  let i = end;
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c === 45 || isRegexSpace(c)) i++;
  if (i >= text.length) return false;
  const u = text.charCodeAt(i) | 0x20;
  return u === 107 || u === 109;
}

/** Is `e` the last letter of a verb PLEDGED_SHARE_BEFORE ends with (spend, reach, meet, devote, hitting …)? */
function pledgeVerbEnd(e: number): boolean {
  return e === 100 || e === 103 || e === 104 || e === 116 || e === 101;
}
