/**
 * Hand-written general English nouns that can head an unnamed speaker ("a rescuer said", "a
 * fisherman told"), beyond the titles and institutions of words.ts. Data only.
 */
const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

export const SPEAKER_NOUNS = set(`rescuer rescuers volunteer volunteers neighbour neighbor neighbours neighbors
  fisherman fishermen farmer farmers teacher teachers student students passenger passengers driver drivers
  shopkeeper owner owners manager managers engineer engineers scientist researcher researchers professor
  paramedic paramedics medic medics nurse nurses surgeon physician pilot crew captain sailor soldier soldiers
  officer guard guards villager villagers resident residents relative relatives survivor survivors victim
  parent parents husband wife son daughter brother sister friend colleague colleagues businessman businesswoman
  family developer developers landlord landlords housebuilder builder builders
  trader traders vendor vendors worker workers employee employees staffer staffers aide aides insider insiders
  prosecutor attorney lawyer judge mediator mediators investigator investigators inspector spokesperson representative representatives delegate
  attorneys lawyers plaintiff plaintiffs defendant defendants
  campaigner campaigners protester protesters protestor demonstrator demonstrators eyewitness bystander
  economist analyst expert experts consultant contractor mother father man woman official
  navy coastguard embassy consulate airline operator club team school university hospital regulator force
  forces command alliance militia garrison staff
  watchdog charity campaign prosecutors coroner city municipality poster blogger commenter user users
  group groups agencies charities organisations organizations opposition
  audit audits report documents papers records figures data statistics filings study survey census assessment index
  analysis review investigation inquiry chairperson co-chair vice-chair treasurer steward organiser organizer
  lawmakers legislator legislators deputies MPs senators councillors councilors candidate candidates
  pollster pollsters strategist strategists whip
  pupil pupils lecturer lecturers tutor tutors principal principals undergraduate undergraduates postgraduate
  postgraduates graduate graduates academic academics educator educators headteachers
  singer singers vocalist drummer guitarist bassist frontman frontwoman musician musicians composer conductor
  producer producers actor actress actors filmmaker playwright novelist author poet dancer choreographer
  screenwriter publicist critic critics reviewer reviewers comedian
  fan fans supporter supporters spectator spectators player players gamer gamers listener listeners viewer viewers
  agent agents broker brokers dealer dealers landlord landlords tenant tenants buyer buyers seller sellers homeowner homeowners`);

/** Nouns of a body's people taken together, plural in sense with no "s": "Staff at the depot said". */
export const COLLECTIVE_PEOPLE = set('staff personnel');

/**
 * People named by their tie to someone ("her rival", "his opponent", "the mayor's critics"): heads of
 * an unnamed speaker only (not roles a name's apposition reads, so not in SPEAKER_NOUNS).
 */
export const RELATION_SPEAKERS = set(`rival rivals opponent opponents challenger predecessor successor ally allies
  supporter supporters critic critics detractor detractors`);

/**
 * Plural people of a side, a group or an audience ("rebels said", "tenants put the figure at", "commenters
 * on the site said", "listeners to the station said"): heads of an unnamed speaker only, and an anonymous
 * one (a vague source), so not in SPEAKER_NOUNS, which also reads appositions. GROUP_VAGUE adds the groups
 * SPEAKER_NOUNS already heads ("villagers said").
 */
export const GROUP_SPEAKERS = set(`rebels insurgents militants fighters guerrillas separatists loyalists militiamen
  tenants renters squatters strikers marchers mourners refugees evacuees migrants pilgrims commuters shoppers
  advocates whistleblowers commenters bloggers viewers listeners readers followers subscribers callers spectators`);
export const GROUP_VAGUE: ReadonlySet<string> = new Set([...GROUP_SPEAKERS, ...set(`villagers survivors
  protesters protestors demonstrators eyewitnesses bystanders neighbours neighbors relatives`)]);

/**
 * Court and official papers that "say" what they contain ("the ruling said the agency had “…”", "the
 * indictment said") and the benches that rule ("the panel said"): speaker heads only, not roles a
 * person holds (so not in SPEAKER_NOUNS, which also reads appositions).
 */
export const COURT_SPEAKERS = set(`ruling rulings judgment judgement judgments judgements indictment indictments
  complaint lawsuit affidavit filing decision order opinion memo memorandum letter panel tribunal`);

/**
 * Verbs that attribute a quotation in lively copy ("he joked", "she thundered") beyond the cue verbs
 * of words.ts, which also source claims. Surface form → lemma. (Of the manner verbs only the forms that
 * are no plural noun: "to chants of “…”", "shouts of “…”" quote a crowd, not the sentence's subject.)
 */
export const EXTRA_SPEECH_VERBS: ReadonlyMap<string, string> = new Map(
  `joke joked jokes | quip quipped quips | thunder thundered thunders | exclaim exclaimed exclaims |
  snap snapped snaps | muse mused muses | sigh sighed sighs | scoff scoffed scoffs | retort retorted retorts |
  conclude concluded concludes concluding | assert asserted asserts | boast boasted boasts | lament lamented laments |
  plead pleaded pleads | demand demanded demands | wonder wondered wonders | post posted posts posting |
  recount recounted | reflect reflected reflects | elaborate elaborated elaborates | interject interjected |
  chime chimed | yell yelled yells | scream screamed screams | cry cried cries | mutter muttered mutters |
  reason reasoned reasons | state stating | write writing | explain explaining | warn warning | note noting |
  argue arguing | insist insisting | claim claiming | ask asking | reply replying | respond responding |
  declare declaring | announce announcing | promise promising | comment commenting | suggest suggesting |
  confirm confirming | acknowledge acknowledging | admit admitting | stress stressing | recall recalling |
  urge urging | complain complaining | tweet tweeting | answer answered answers answering |
  enthuse enthused enthuses | gush gushed gushes | rave raved raves | exult exulted exults | marvel marvelled marveled marvels |
  chuckle chuckled chuckles | laugh laughed laughs | grumble grumbled grumbles | fume fumed fumes | confide confided confides |
  concur concurred concurs | shrug shrugged shrugs | beam beamed beams | mumble mumbled | murmur murmured |
  whisper whispered | shout shouted shouting | chant chanted chanting | crowed | growl growled | stammer stammered |
  sneer sneered`
    .split('|').flatMap((g) => { const f = g.trim().split(/\s+/); return f.map((w) => [w, f[0]] as [string, string]); }),
);
