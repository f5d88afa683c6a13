/**
 * Hand-written general English word lists (data only). Nothing here comes from the development
 * articles: these are the closed classes of news writing (titles, attribution verbs, hedges).
 */
const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s*\|\s*|\s+/));

/** Nouns and modifiers that make up a title before a name ("Deputy Foreign Minister"). */
export const TITLE_HEADS = set(`president vice-president minister secretary undersecretary under-secretary spokesman spokeswoman spokesperson
  director chairman chairwoman chair ceo cfo coo founder general gen col colonel major maj lieutenant lt captain capt
  commander cmdr admiral adm sergeant sgt corporal cpl marshal mayor governor gov senator sen representative rep
  judge justice ambassador envoy king queen prince princess pope chief commissioner officer inspector superintendent
  councillor cllr councilor councilman councilwoman chancellor premier lord lady sir dame emir ayatollah sultan sheikh
  cardinal bishop archbishop reverend rev father imam rabbi coach professor prof dr mr mrs ms miss mx detective
  spokesmen spokeswomen ministers secretaries leader speaker correspondent reporter editor analyst economist
  diplomat negotiator coordinator administrator chief-executive head attorney prosecutor sheriff deputy-director
  president-elect mp mep mpp mla mha mna msp dean rector provost warden trustee adviser advisor counsel consul mayor-elect
  writer columnist photographer manager managers boss whip controller
  harbourmaster harbormaster postmaster headmaster headmistress headteacher ranger clerk constable
  treasurer registrar comptroller coroner magistrate surveyor foreman forewoman curator chaplain ombudsman
  emperor empress tsar tsars tsarina tsarevich tsarevna czar czars czarina kaiser shah regent
  shri sri smt shrimati alhaji alhaja datuk dato datin tun puan
  insp snr cr const kaumātua kaumatua
  revd fr canon monsignor msgr vicar pastor deacon archdeacon
  duke duchess earl countess marquess marchioness viscount viscountess baron baroness
  highness highnesses majesty majesties excellency excellencies holiness eminence`);

export const TITLE_MODIFIERS = set(`deputy vice assistant associate acting interim former foreign defense defence
  interior state home health finance justice foreign-affairs prime general executive senior junior chief top
  first second special high supreme principal managing regional national federal district county city
  attorney police fire army navy military opposition party union press communications security trade
  education environment energy transport transportation economy economic agriculture labour labor culture
  emergency humanitarian human rights staff majority minority cabinet of the and for on rt incident
  sport sports tourism heritage immigration arts housing corrections fisheries forestry infrastructure planning civilian`);

/** The words that open a Māori tribe's (iwi's, hapū's) name, "Ngāti Rēhia", "Ngāi Tarewa" (with and without macrons): a body, not a person. */
export const IWI_OPENERS = set('ngāti ngati ngāi ngai');

/**
 * Australian states and territories by their usual short forms, as written (case matters: "SA" alone is South
 * Australia, "Tas" is no word). "Vic" is left out: it is also a given name. "ACT" too: a verb in capitals and a
 * New Zealand party.
 */
export const STATE_SHORT_FORMS: ReadonlySet<string> = new Set(['NSW', 'Qld', 'Tas', 'SA', 'WA', 'NT']);

/** Plural heads that are documents, not people: their source is whoever a modifier or agent names ("court documents"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = set('figures numbers data records statistics counts tallies results surveys studies documents papers filings accounts minutes projections forecasts');

/**
 * A company's legal form after its name ("Pellam Inc.", "Orrin Ltd", "Harrow & Vale LLP"), lower case; also the
 * Malaysian "Bhd" ("Berhad"), the Indonesian listed "Tbk" and the Vietnamese joint-stock "JSC".
 */
export const LEGAL_FORMS: ReadonlySet<string> = set('inc ltd llc llp plc corp co corporation incorporated limited ag sa gmbh nv bv spa bhd berhad tbk jsc');

/** Head words that make a capitalised phrase an organisation. */
export const ORG_HEADS = set(`ministry department agency council committee commission organization organisation
  association foundation institute university college corporation corp inc ltd llc llp plc company co group bank fund
  party army navy forces force police court parliament congress senate union federation office service services
  authority board bureau center centre network times post news records observatory coalition alliance front movement
  brigade brigades programme program hospital church club league society trust watch press tribunal cabinet
  secretariat assembly guard guards corps academy museum airlines airways agency partners capital holdings bhd berhad tbk jsc
  industries international journal herald tribune gazette telegraph guardian daily radio television tv channel
  broadcasting media magazine review school schools clinic committee institution consortium directorate
  commonwealth legion militia regime administration government ministries unit division team cooperative regulator
  co-operative line lines shipping logistics engineering marine energy motors systems technologies labs associates
  ventures airport authority registry inspectorate executive chamber command constabulary
  ledger courier chronicle dispatch examiner sentinel inquirer bulletin mercury advertiser echo wire
  chemicals petrochemicals pharmaceuticals plastics metals textiles electronics minerals petroleum steel aerospace
  enterprises solutions resources materials freight mining utilities properties investments securities insurance
  brands beverages biotech software telecom telecoms recycling treasury exchequer research relief kitchen
  foods dairies bakeries bakery breweries brewery distillery stores supermarkets pharma railways railroad airline automotive
  management advisors advisers wireless trucking ratings consulting consultants consultancy
  biologics therapeutics diagnostics biosciences genomics semiconductor semiconductors medical healthcare retail
  polytechnic infirmary hospice laboratory laboratories partnership primary guild forum grammar synod
  esports gaming interactive`);

/**
 * Organisation head words that name a line of business ("Pharmaceuticals", "Shipping", "Energy"): alone
 * before a job title they are its field ("Shipping Correspondent", "Chemicals Editor"), not a firm; after
 * a name they end a firm's, never a place's ("Brackwater Asset Management", whatever its first word).
 */
export const TRADE_HEADS = set(`chemicals petrochemicals pharmaceuticals plastics metals textiles electronics minerals
  petroleum steel aerospace energy media shipping logistics engineering marine software telecom telecoms mining
  utilities properties investments securities insurance beverages biotech foods pharma automotive wireless trucking
  technologies biologics therapeutics diagnostics biosciences genomics semiconductor semiconductors freight recycling
  management motors airways airlines railways industries holdings enterprises consulting consultancy medical
  healthcare retail`);

/** Organisation head words that never name a place or a building ("Coastal Workers Union", "Ministry of …"). */
export const INSTITUTION_HEADS = set(`ministry department agency council committee commission organization organisation
  association foundation institute corporation corp inc ltd llc plc company federation authority bureau coalition
  alliance movement league society secretariat parliament congress senate cabinet administration union party
  brigade brigades directorate consortium inspectorate tribunal treasury exchequer hospital university college
  polytechnic infirmary hospice laboratory laboratories partnership primary guild forum grammar regulator constabulary`);

/** Head words that make a capitalised phrase a place. */
export const LOC_HEADS = set(`province region county district street st avenue ave road boulevard square river sea
  ocean mountain mountains mount mt valley island islands bay lake gulf strait peninsula desert airport port
  harbour harbor city town village state republic kingdom coast heights plain plains canal bridge park forest
  border territory territories governorate prefecture oblast hills falls beach
  lane highway motorway estuary creek quay wharf pier reservoir crescent terrace embankment
  cove inlet lagoon fjord canyon gorge plateau glacier volcano archipelago atoll isle headland cape basin plaza
  ridge glen point moor moors heath fell fells downs wetlands dunes flat flats gully`);

/**
 * The humanitarian movement's emblems, which name its national societies after a country's adjective or name
 * ("the Ardenian Red Crescent", "the Velm Red Cross"): an organisation, though "crescent" is also a street's head.
 */
export const MOVEMENT_EMBLEMS: ReadonlySet<string> = new Set(['red cross', 'red crescent', 'red crystal']);

/**
 * LOC_HEADS that are also English surnames ("Marta Hill", "Owen Lane", "Ricki Lake"): after a given name they
 * make a person unless a place-only preposition comes before ("in Marta Park"). The other heads
 * ("square", "street", "avenue", "road" …) end a place's name whatever word leads it ("Harlan Square").
 */
export const SURNAME_LOC_HEADS = set(`hill hills park lane bay lake ridge glen bridge forest beach mount cove falls moor heath fell`);

/**
 * Nationality words the generated lexicon misses or cannot link by a shared prefix (spanish → spain),
 * with the country they point at (null for a group with no one country). Singular and plural.
 */
export const IRREGULAR_DEMONYMS: ReadonlyMap<string, string | null> = new Map(
  `british britons:united kingdom | english:england | irish irishman irishmen:ireland | spanish spaniard spaniards:spain |
  danish dane danes:denmark | swedish swede swedes:sweden | finnish finn finns:finland | turkish turk turks:turkey |
  somali somalis:somalia | yemeni yemenis:yemen | icelandic icelander icelanders:iceland | dutch:netherlands |
  swiss:switzerland | french frenchman frenchmen:france | welsh:wales | scottish scots:scotland |
  filipino filipinos philippine:philippines | jordanian jordanians:jordan | georgian georgians:georgia |
  chadian chadians:chad | emirati emiratis:united arab emirates | lao laotian laotians:laos |
  zealander zealanders:new zealand | aussie aussies:australia | kurdish kurds:- | arab arabs:- | european europeans:- |
  african africans:- | asian asians:-`
    .split('|')
    .flatMap((g) => {
      const [words, country] = g.trim().split(':');
      return words.trim().split(/\s+/).map((w) => [w, country === '-' ? null : country] as [string, string | null]);
    }),
);

/** Head words that make a place when they lead a name ("Lake Orvanne", "Mount Kelvar", "Cape Ardent", "Port Selwen"). */
export const LEADING_LOC_HEADS = set('lake mount mt cape isle fort gulf river port maunga são sao'); // "Maunga Rere": Māori for mountain; "São José dos Campos"

/**
 * Spanish and Portuguese heads that open a public body's name ("Ministério da Fazenda", "Secretaría de Hacienda", "Fiscalía
 * General del Estado", "Banco de Portugal", "Guardia Nacional", "Defensoría del Pueblo"): an organisation when they lead a
 * name of two or more words; never read as a last word, where some are surnames ("Ernesto Guardia"). Accented and plain
 * spellings; "Cámara" only accented ("Camara" is a surname).
 */
export const LEADING_BODY_HEADS = set(`ministerio ministério secretaría secretaria fiscalía fiscalia defensoría defensoria
  procuraduría procuraduria procuradoria contraloría contraloria controladoria superintendencia superintendência
  comisión comision comissão comissao consejo conselho instituto banco audiencia confederación confederacion confederação
  confederacao federación federacion federação federacao universidad universidade agencia agência policía policia polícia
  guardia dirección direccion direção servicio serviço asamblea assembleia congreso senado cámara câmara junta prefeitura
  alcaldía alcaldia municipalidad intendencia tesouro receita sindicato asociación asociacion associação associacao
  fundación fundacion fundação fundacao partido tribunal corte juzgado registraduría registraduria petróleos petroleos`);

/** One-word names of Latin American police and security forces ("Chile's Carabineros"), lower case. */
export const LONE_FORCE_NAMES = set('carabineros gendarmería gendarmeria');

/** A state's form before "of" and its name: "the Republic of Ostrana", "the Kingdom of Velm" (not "Republic Windows", a firm). */
export const STATE_FORMS = set('republic kingdom principality emirate sultanate duchy');

/** A body of water's form before "of" and its name: "the Strait of Morvel", "the Bay of Tessa", "the Sea of Orran". */
export const WATER_FORMS = set('strait straits bay sea');

/**
 * Buildings and addresses that news writing uses for the institution seated there ("the White House
 * said"): organisations, not places. A closed class of English usage, like country names.
 */
export const GOVERNMENT_SEATS: ReadonlySet<string> = new Set(
  `white house | pentagon | kremlin | downing street | whitehall | elysee | elysee palace | zhongnanhai | blue house |
  foggy bottom | capitol hill | holyrood | stormont`.split('|').map((n) => n.trim().replace(/\s+/g, ' ')),
);

/** Words that introduce places ("in Lisbon", "near the border"). */
export const LOC_PREPOSITIONS = set('in at near from to into across outside inside towards toward around throughout');

/** Particles inside personal names ("Omar al-Rashidi", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = set('al el bin ibn bint abu abd de da di du del della dos das van von zu der den le la ter ten y');

/** Generational suffixes that end a person's name: "Paul Grant Jr.", "Ann Vell Sr.". */
export const NAME_SUFFIXES: ReadonlySet<string> = set('jr sr');

/** "rashidi" for "al-rashidi": a folded surname without the Arabic article joined to it, or undefined. */
export function withoutArabicArticle(word: string): string | undefined {
  return /^(?:al|el|ash|as|ad|ar|an|at|az)['-](.+)$/.exec(word)?.[1];
}

/** Lower-case words allowed inside an organisation or place name ("Bank of England"). */
export const NAME_CONNECTORS = set('of for the and on de del des du la le');

/** Verbs that report speech or a claim. Keys are surface forms; values their lemma. */
const CUE_FORMS: Record<string, string> = {};
for (const group of `say said says saying | tell told tells telling | add added adds adding | state stated states |
  declare declared declares | announce announced announces | write wrote writes | tweet tweeted tweets |
  explain explained explains | insist insisted insists | warn warned warns | note noted notes |
  claim claimed claims | argue argued argues | ask asked asks | reply replied replies | respond responded responds |
  continue continued continues | quote quoted quotes | call called calls | describe described describes |
  urge urged urges | confirm confirmed confirms | acknowledge acknowledged acknowledges | admit admitted admits |
  report reported reports | caution cautioned cautions | stress stressed stresses | emphasize emphasized emphasised |
  recall recalled recalls | suggest suggested suggests | vow vowed vows | pledge pledged pledges |
  promise promised promises | predict predicted predicts | complain complained complains | concede conceded concedes |
  remark remarked remarks | observe observed observes | comment commented comments | testify testified testifies |
  allege alleged alleges | maintain maintained maintains | contend contended contends | counter countered counters |
  estimate estimated estimates | believe believes believed | count counted counts | label labelled labeled labels |
  denounce denounced denounces | condemn condemned condemns | accuse accused accuses | deny denied denies |
  tell told | shout shouted | whisper whispered | recount recounted | reiterate reiterated reiterates |
  announce announces | indicate indicated indicates | show showed shows | find found finds | put puts |
  identify identified identifies | recorded | verify verified verifies | documented | mention mentioned mentions mentioning |
  disclose disclosed discloses | reveal revealed reveals | blame blamed blames`.split('|')) {
  const forms = group.trim().split(/\s+/);
  for (const f of forms) CUE_FORMS[f] = forms[0];
}
export const CUE_VERBS: ReadonlyMap<string, string> = new Map(Object.entries(CUE_FORMS));

/** Cue verbs that introduce speech (quotes); the rest only attribute claims. */
export const SPEECH_CUES = set(`say tell add state declare announce write tweet explain insist warn note claim argue
  ask reply respond continue quote call describe urge confirm acknowledge admit caution stress emphasize recall
  suggest vow pledge promise predict complain concede remark observe comment testify allege maintain contend
  counter label denounce condemn accuse deny shout whisper recount reiterate mention`);

/** Verbs by which a source vouches for a figure ("the UN believes", "police estimate"). */
export const CLAIM_CUES = set('say tell state announce report estimate believe count confirm find show put indicate add note claim write identify recorded verify documented mention argue allege testify contend disclose reveal warn blame');

/** Hedges that make an attribution vague. */
export const HEDGES = set(`reportedly allegedly purportedly supposedly apparently rumoured rumored`);

/** Nouns that name anonymous or collective sources ("sources said", "observers have counted"). */
export const VAGUE_SOURCES = set(`sources source observers observer witnesses witness residents resident activists
  activist reports report media rumours rumors estimates experts analysts some others many people locals
  insiders monitors critics commentators`);

/**
 * Institutional common nouns that count as a named source when they say something ("police said"), and the
 * plurals of the bodies among them ("the two banks said", "both companies said": bodies the report names before).
 * Not plurals of people in general ("analysts", "experts": VAGUE_SOURCES).
 */
export const INSTITUTIONAL_SOURCES = set(`police officials official authorities government ministry military army
  spokesman spokeswoman spokesperson prosecutors prosecutor investigators court hospital doctors firefighters
  coroner rescuers officers agency department commission council office regulator regulators statistics census
  survey study trial researchers scientists authors organizers organisers company firm bank union
  cooperative co-operative co-op charity association federation institute foundation board authority committee
  watchdog airline carrier insurer retailer manufacturer maker utility operator clinic school university laboratory lab party poll polls
  service services brigade bureau directorate inspectorate prefecture governorate municipality gendarmerie railway mission
  secretariat observatory
  staff studio studios label publisher broadcaster museum gallery website port airport portal exchange
  companies firms banks boards unions lenders insurers retailers manufacturers carmakers airlines carriers operators
  utilities ministries agencies councils commissions committees associations federations institutes foundations charities
  governments departments hospitals universities cooperatives schools colleges inspectors auditors examiners
  fund funds trust trusts nonprofit nonprofits non-profit ngo ngos planemaker planemakers`);

export const PRONOUNS = set('he she they him her them');

/** Speaker nouns that can head an unnamed or title speaker ("a senior official", "the spokesman"). */
export const PERSON_NOUNS = set(`official officials spokesman spokeswoman spokesperson minister secretary
  diplomat source sources officer commander general president ambassador envoy analyst expert witness resident
  activist doctor nurse survivor mother father woman man worker employee lawyer representative leader director
  chief aide adviser advisor negotiator monitor observer member lawmaker senator governor mayor police
  statement group organization organisation agency ministry government army military`);

export const MONTHS = set(`january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`);

export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

export const TIME_UNITS = set(`second seconds minute minutes hour hours day days week weeks month months year years
  decade decades century centuries night nights weekend weekends hr hrs`);

/** Function words that never start a name, even capitalised at a sentence start. */
export const FUNCTION_WORDS = set(`a an the this that these those it its he she they we i you his her their our
  my your in on at by for with from to of and or but if as so not no yes after before when while since until
  during despite although though because however meanwhile also then there here where what which who whom whose
  why how all any both each every many most much some such other another than only just even still yet already
  earlier later today yesterday tomorrow tonight now again over under about against between among through into
  onto upon within without across along around behind beyond near off out up down is are was were be been being
  has have had do does did will would shall should may might must can could according instead indeed perhaps
  mr mrs ms dr`);
