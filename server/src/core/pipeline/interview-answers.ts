// An interview's answers are the interviewee's words although no quotation marks or verb of speech
// say so: "Why did you open a second yard?" / "We had 40 orders and one slipway." A figure in an
// answer is sourced by the person the article interviews, not unsourced. Pure: reads the blocks,
// their text and the mentions.
import type { Block, Mention, SpeakerRef } from '../types';
import { CAPTION_LABEL_BEFORE } from './entity-captions';

/** The answer blocks of an interview and who gives them. */
export interface InterviewAnswers {
  /** Block indices of the answers (every body block after the first question that is no question itself). */
  answers: ReadonlySet<number>;
  /** The interviewee: the person the opening names as the one asked. */
  source: SpeakerRef;
}

/** Fewest question-and-answer turns that make an article an interview. */
const MIN_TURNS = 2;
/** Turns that make one without the word "interview" in its opening, when most questions address someone ("you"). */
const MIN_TURNS_UNNAMED = 3;
/** How many blocks open the article (headline, standfirst, introduction) for "interview" and the interviewee. */
const OPENING_BLOCKS = 5;

/**
 * Is the article an interview, and if so which blocks answer and who answers? It is one when at least
 * MIN_TURNS paragraphs that are questions are each followed by a paragraph that is not, and its opening
 * says "interview" (or at least MIN_TURNS_UNNAMED such questions, most of them put to "you"). A news
 * report that asks a question or two in passing has no such turns. Null when it is no interview or the
 * opening names nobody to answer.
 */
export function interviewAnswers(text: string, blocks: readonly Block[], mentions: readonly Mention[]): InterviewAnswers | null {
  // Most news holds fewer question marks than an interview has turns, and no "Q:": no block is looked at.
  let marks = 0;
  for (let at = text.indexOf('?'); at >= 0 && marks < MIN_TURNS; at = text.indexOf('?', at + 1)) marks++;
  // (A transcript's "Q:" labels its questions, which need not end in a question mark.)
  if (marks < MIN_TURNS && !text.startsWith('Q:') && text.indexOf('\nQ:') < 0) return null;
  let turns = 0, toYou = 0, first = -1;
  const questions: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!isQuestion(text, blocks[i])) continue;
    questions.push(i);
    const next = nextTextBlock(blocks, i);
    if (next < 0 || isQuestion(text, blocks[next])) continue;
    if (first < 0) first = i;
    turns++;
    if (SECOND_PERSON.test(text.slice(blocks[i].start, blocks[i].end))) toYou++;
  }
  if (turns < MIN_TURNS) return null;
  const openEnd = blocks[Math.min(blocks.length, OPENING_BLOCKS, first) - 1]?.end ?? blocks[first].start;
  const named = INTERVIEW_WORD.test(text.slice(0, openEnd));
  if (!named && !(turns >= MIN_TURNS_UNNAMED && toYou * 2 > turns)) return null;
  const source = interviewee(text, blocks, mentions, openEnd);
  if (source === null) return null;
  const asked = new Set(questions);
  const answers = new Set<number>();
  for (let i = first + 1; i < blocks.length; i++) if (blocks[i].kind === 'body' && !asked.has(i)) answers.add(i);
  return { answers, source };
}

/**
 * A body paragraph or heading whose text ends in a question mark (a closing quote or bracket may follow), or one
 * a transcript labels as the question ("Q: Critics say the plan is unfunded."), whatever it ends in.
 */
function isQuestion(text: string, b: Block): boolean {
  if (b.kind !== 'body' && b.kind !== 'heading') return false;
  if (Q_LABEL.test(text.slice(b.start, b.start + 3))) return true;
  let e = b.end;
  while (e > b.start && /[\s"”’)\]]/.test(text[e - 1])) e--;
  return e > b.start && text.charCodeAt(e - 1) === 63;
}

/** The next body or heading block after `i`, or -1. */
function nextTextBlock(blocks: readonly Block[], i: number): number {
  for (let k = i + 1; k < blocks.length; k++) if (blocks[k].kind === 'body' || blocks[k].kind === 'heading') return k;
  return -1;
}

/** A transcript's question label at a paragraph's start: "Q:" ("Q." is too often an initial). */
const Q_LABEL = /^Q:/;
const SECOND_PERSON = /\byou(?:r|rs|rself)?\b/i;
const INTERVIEW_WORD = /\binterview(?:s|ed|ing)?\b|\bQ\s?&\s?A\b/i;
/** A word before a mention that makes it the object of a preposition, not the interviewee ("a cocktail named for X", "interviewed by Y"). */
const PREPOSITION_BEFORE = /\b(?:on|about|over|of|for|by|from|against|after|to|at|in)\s+(?:the\s+)?$/i;
/**
 * Words that put the interviewee after them: "interviews X", "an interview with X", "talks to X", "sat down with X"
 * (not the bare noun: "In this interview she spoke to Nils Orme" names the one who asks after it).
 */
const ASKS = /\b(?:interview(?:s|ed|ing)(?:\s+with)?|interview\s+with|(?:talks?|talked|speaks?|spoke)\s+(?:to|with)|sat\s+down\s+with)\s+/gi;
/** A subject pronoun right before "spoke to", "talks to", "sat down with". */
const PRONOUN_SUBJECT_BEFORE = /\b(?:[Ss]he|[Hh]e|[Tt]hey)\s+$/;
/** Words that put the interviewee before them: "X, a founder, interviewed by Y", "X tells Y about …". */
const ANSWERS = /\s(?:interviewed\s+by|tells|talks|speaks)\b/gi;
/** What ends the stretch where the interviewee is looked for: a sentence's end, a line, or the topic ("on", "about"). */
const STOP = /[.!?;:\n]|\s(?:on|about|over|regarding|concerning)\s/;

/**
 * The interviewee, from the opening (its first blocks, before the first question): the first person named after
 * "interviews", "an interview with", "talks to" before a stop; else the last person named right before
 * "interviewed by", "tells", "talks"; else the headline's first person not after a preposition; else
 * the only person the opening names (a picture's credit names nobody asked). Null when none fits: a figure is better left unsourced than
 * given to the wrong person.
 */
function interviewee(text: string, blocks: readonly Block[], mentions: readonly Mention[], openEnd: number): SpeakerRef | null {
  // A picture's credit ("Image: Lena Varga") names the photographer, never the one asked.
  const persons = mentions.filter((m) => m.start < openEnd && !m.furniture && m.type === 'PERSON' && !CAPTION_LABEL_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)));
  const open = text.slice(0, openEnd);
  ASKS.lastIndex = 0;
  for (let m = ASKS.exec(open); m !== null; m = ASKS.exec(open)) {
    // "Anna Strand spoke to Tomas Reiter", "X sat down with Y": the one named as the subject talks, the other asks.
    const subject = /^interview/i.test(m[0]) ? undefined : persons.find((x) => x.end <= m!.index && /^\s*$/.test(open.slice(x.end, m!.index)));
    if (subject) return mentionRef(subject);
    // "The painter Elin Brask … She spoke to Nils Orme": a pronoun subject is the one named before it; the one after asks.
    if (!/^interview/i.test(m[0]) && PRONOUN_SUBJECT_BEFORE.test(open.slice(Math.max(0, m.index - 6), m.index))) {
      const before = persons.filter((x) => x.end <= m!.index).pop();
      if (before) return mentionRef(before);
      continue;
    }
    const from = m.index + m[0].length, stop = open.slice(from).search(STOP);
    const to = stop < 0 ? openEnd : from + stop;
    const p = persons.find((x) => x.start >= from && x.start < to);
    if (p) return mentionRef(p);
  }
  ANSWERS.lastIndex = 0;
  for (let m = ANSWERS.exec(open); m !== null; m = ANSWERS.exec(open)) {
    const p = persons.filter((x) => x.end <= m!.index && m!.index - x.end <= 60 && !STOP.test(open.slice(x.end, m!.index))).pop();
    if (p) return mentionRef(p);
  }
  const headlineEnd = blocks[0]?.kind === 'headline' ? blocks[0].end : 0;
  const free = (x: Mention) => !PREPOSITION_BEFORE.test(text.slice(Math.max(0, x.start - 16), x.start));
  const headPerson = persons.find((x) => x.end <= headlineEnd && free(x));
  if (headPerson) return mentionRef(headPerson);
  // (An organisation in the headline is not taken: more often the topic than the one answering.)
  return persons.length && persons.every((x) => x.local === persons[0].local) ? mentionRef(persons[0]) : null;
}

/** A mention as the source of what it says. */
export function mentionRef(m: Mention): SpeakerRef {
  return { start: m.start, end: m.end, text: m.text, local: m.local };
}
