// Labelled sentences for the speaker phrase of a quote: the subject of a participle or a verb before
// the quote ("X defended the plan, saying “…”": the sentence's subject speaks, not a firm in its title
// nor the object of its verb), the phrase after an inverted cue ("said a Corvel spokesman", "said
// one"), and the person a pronoun refers to: the subject over reported content or over the object
// of an earlier sentence, never a person its own clause names.
// Run with `node --import tsx --test test/unit/quotes-speaker-phrases.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { speakerRowTests, type SpeakerRow } from './speaker-rows';

const HEADLINE = 'Dockers Vote to Extend Strike';


const ROWS: SpeakerRow[] = [
  // ── a firm that only completes the subject's title ──
  {
    label: 'Firm title, Name, apposition before the verb',
    body: 'Corvel Shipping chief executive, Lena Ortiz, defended the decision by saying, “The quay was unsafe.”',
    speaker: 'Lena Ortiz', cue: 'saying',
  },
  {
    label: 'Firm spokesman Name, no comma',
    body: 'Corvel Shipping spokesman Tomas Reiter denied the report, saying, “No cranes were sold.”',
    speaker: 'Tomas Reiter', cue: 'saying',
  },
  {
    label: 'Title of the Firm for Office Name',
    body: 'The Deputy Secretary of the Harbour Board for Supply Ana Kral defended the award, saying, “This was no open tender.”',
    speaker: 'Ana Kral', cue: 'saying',
  },
  {
    label: 'guard: the firm is the subject, the person its object',
    body: 'Corvel Shipping fired its chief executive, Lena Ortiz, on Monday, saying, “The board had lost confidence.”',
    speaker: 'Corvel Shipping', cue: 'saying',
  },
  {
    label: 'guard: the firm and the person are joint subjects (the first named speaks)',
    body: 'Corvel Shipping and Lena Ortiz denied the report, saying, “No cranes were sold.”',
    speaker: 'Corvel Shipping', cue: 'saying',
  },
  // ── the object of the verb before ", saying" ──
  {
    label: 'X praised Name, saying: the subject speaks',
    body: 'The Harbour Workers Union praised Lena Ortiz, saying, “She kept the quay open.”',
    speaker: 'Harbour Workers Union', cue: 'saying',
  },
  {
    label: 'X defended the Firm’s plan, saying: the subject speaks, not the firm',
    body: 'Tomas Reiter defended the Harbour Authority’s handling of the strike, saying, “Nobody was put at risk.”',
    speaker: 'Tomas Reiter', cue: 'saying',
  },
  {
    label: 'guard: Name, a title, saying, with no subject before the name',
    body: 'Lena Ortiz, the union’s treasurer, said, “The fund is nearly empty.”',
    speaker: 'Lena Ortiz', cue: 'said',
  },
  // ── a text issued without its article ("issued statement saying") ──
  {
    label: 'Firm issued statement saying: the firm, not the whole clause',
    body: 'The Harbour Workers Union issued statement saying “The workers deserve a fair deal.”',
    speaker: 'Harbour Workers Union', cue: 'saying',
  },
  {
    label: 'the union released letter saying: the noun phrase before the verb',
    body: 'The union released letter saying “The workers deserve a fair deal.”',
    speaker: 'The union', cue: 'saying',
  },
  {
    label: 'guard: Firm issued a statement saying (with its article, as before)',
    body: 'The Harbour Workers Union issued a statement saying “The workers deserve a fair deal.”',
    speaker: 'Harbour Workers Union', cue: 'saying',
  },
  // ── the phrase after an inverted cue ──
  {
    label: 'said a Firm spokesman: the whole phrase, not the firm',
    body: '“The quay is finished,” said a Corvel Shipping spokesman.',
    speaker: 'a Corvel Shipping spokesman', cue: 'said',
  },
  {
    label: 'said Party co-leader Name: the person after a hyphenated title, not the party',
    body: '“We got the ministries we asked for,” said Dockers Party co-leader Mira Santel.',
    speaker: 'Mira Santel', cue: 'said',
  },
  {
    label: 'said Party vice-chair Name: the person after a hyphenated title',
    body: '“The pact will hold,” said Harbour League vice-chair Oskar Lindqvist.',
    speaker: 'Oskar Lindqvist', cue: 'said',
  },
  {
    label: 'says Firm co-founder Name: the person, not the firm',
    body: '“We never sold a crane at a loss,” says Corvel Shipping co-founder Ana Kral.',
    speaker: 'Ana Kral', cue: 'says',
  },
  {
    label: 'said a Place diplomat, who …: the whole phrase (the place typed as a firm)',
    body: '“The quay is finished,” said a Norland diplomat, who requested anonymity.',
    speaker: 'a Norland diplomat', cue: 'said',
  },
  {
    label: 'said one.: one of those just mentioned',
    body: 'Dockers on the quay were split. “We will hold out for a month,” said one.',
    speaker: 'one', cue: 'said',
  },
  {
    label: 'says another, who …',
    body: '“We cannot pay the rent,” says another, who would not give her name.',
    speaker: 'another', cue: 'says',
  },
  {
    label: 'One said: “…” (before the cue, opening its sentence)',
    body: 'Neighbours heard screams from the house. One said: “There was shouting until nearly dawn.”',
    speaker: 'One', cue: 'said',
  },
  {
    label: '“…,” one told the Gazette',
    body: '“We will hold out,” one told the Gazette.',
    speaker: 'one', cue: 'told',
  },
  {
    label: 'guard: One report said: “…” is the report, not “One”',
    body: 'Officials counted the damage. One report said: “Six cranes fell into the harbour.”',
    speaker: 'One report', cue: 'said',
  },
  {
    label: 'The ruling said: “…” is the ruling',
    body: 'The Orrin Valley case went to appeal. The ruling said: “The permit was issued without a hearing.”',
    speaker: 'The ruling', cue: 'said',
  },
  {
    label: 'The indictment said X had “…”: the indictment speaks for the partial quote',
    body: 'Prosecutors charged Wen Tarly in March. The indictment said Tarly had “hidden the payments from the auditors.”',
    speaker: 'The indictment', cue: 'said',
  },
  {
    label: 'in a decision, the panel said the agency had “…”: the panel',
    body: 'In a 30-page decision, the panel said the Corven agency had “ignored its own surveys.”',
    speaker: 'the panel', cue: 'said',
  },
  {
    label: 'guard: the ruling party candidate, Name, said: the person named',
    body: 'Nadia Orrel, the ruling party candidate, said the Corven plan was “dead on arrival.”',
    speaker: 'Nadia Orrel', cue: 'said',
  },
  {
    label: 'guard: said the Place ambassador, Name: the person named',
    body: '“The quay is finished,” said the Norland ambassador, Tomas Reiter.',
    speaker: 'Tomas Reiter', cue: 'said',
  },
  {
    label: 'guard: said one of the dockers',
    body: '“We will hold out,” said one of the dockers.',
    speaker: 'one of the dockers', cue: 'said',
  },
  // ── an attribution alone in the sentence after the quote's full stop ──
  {
    label: '“….” Mr X said. (the tag after a full stop inside the marks)',
    body: 'Tomas Reiter spoke after the vote. “The cranes will stay idle until we get a fair deal.” Mr Reiter said.',
    speaker: 'Reiter', cue: 'said',
  },
  {
    label: 'guard: “….” X said nothing. is a sentence of its own',
    body: 'The vote ended at noon. “The cranes will stay idle.” Lena Ortiz said nothing.',
    speaker: null, cue: null,
  },
  {
    label: 'guard: “….” The union said so too.',
    body: '“The cranes will stay idle.” The union said so too.',
    speaker: null, cue: null,
  },
  // ── a speech word used as a noun is no cue ──
  {
    label: 'ended on an encouraging note: “…”: no cue',
    body: 'The board’s reply ended on an encouraging note: “We suggest that the author publish the whole work.”',
    speaker: null, cue: null,
  },
  {
    label: 'wrote that demand from … had “…”: the noun "demand" is no cue, "wrote" is',
    body: 'Analyst Tova Brenn wrote that demand from shipping firms had “peaked for this cycle.”',
    speaker: 'Tova Brenn', cue: 'wrote',
  },
  {
    label: 'said demand for loans had “…”: the noun "demand" is no cue, "said" is',
    body: 'Tova Brenn said demand for loans had “clearly slowed.”',
    speaker: 'Tova Brenn', cue: 'said',
  },
  {
    label: 'writing in a blog post “…”: the participle, not the noun',
    body: 'One resident joined the protest, writing in a blog post “Never has the quay looked this empty.”',
    speaker: 'One resident', cue: 'writing',
  },
  {
    label: 'guard: sent a note to the dockers: “…” (the sender speaks)',
    body: 'Lena Ortiz sent a note to the dockers: “The quay must reopen by May.”',
    speaker: 'Lena Ortiz', cue: 'sent a note',
  },
  // ── the passive "was quoted as saying" after the quote ──
  {
    label: '“…,” title Name was quoted as saying',
    body: '“Two cranes were damaged but nobody was hurt,” harbour master Ines Kral was quoted as saying.',
    speaker: 'Ines Kral', cue: 'quoted … as saying',
  },
  {
    label: '“…,” she is quoted as saying',
    body: 'Lena Ortiz spoke to the Gazette. “I could not control the quay,” she is quoted as saying.',
    speaker: 'she', cue: 'quoted … as saying', entity: 'Lena Ortiz',
  },
  {
    label: 'guard: “…,” the Gazette quoted Name as saying',
    body: '“Nobody was hurt,” the Gazette quoted Ines Kral as saying.',
    speaker: 'Ines Kral', cue: 'quoted … as saying',
  },
  // ── a pronoun after a sentence whose subject thinks or says something about another person ──
  {
    label: 'X is sure that … Y is the right choice. “…,” he said: X',
    body: 'Producer Tomas Reiter is sure that dockers will agree that Pavel Orlov is the right choice. “When you saw him on the quay, you knew,” he said.',
    speaker: 'he', cue: 'said', entity: 'Tomas Reiter',
  },
  {
    label: 'X said that Y would lead. “…,” he said: X',
    body: 'Tomas Reiter said that Pavel Orlov would lead the talks. “We are ready,” he said.',
    speaker: 'he', cue: 'said', entity: 'Tomas Reiter',
  },
  // ── an adverb between the speaker and the verb before a partial quote ──
  {
    label: 'X said that the council had already stated that it had “…”: the inner speaker, past "already"',
    body: 'Tomas Reiter spoke on Monday. He said that the harbour council had already stated that it had “no interest in running the quay”.',
    speaker: 'the harbour council', cue: 'stated', entity: null,
  },
  {
    label: 'the union still insists “…”: past "still"',
    body: 'The talks ended on Monday, but the union still insists the offer is “an insult to every docker”.',
    speaker: 'the union', cue: 'insists',
  },
  // ── "the government", "the police": only an organisation whose name holds the noun ──
  {
    label: 'a firm in the sentence before is not "the government"',
    body: 'Corvel Shipping cut 200 jobs on Monday. Tomas Reiter said that the government had told him that it had “no plan to rescue the yard”.',
    speaker: 'the government', cue: 'told', entity: null,
  },
  {
    label: 'guard: the Harbour Police … “…,” the police said: the named police',
    body: 'The Harbour Police closed the quay. “Nobody may enter,” the police said.',
    speaker: 'the police', cue: 'said', entity: 'Harbour Police',
  },
  // ── verbs of manner that attribute a quotation ──
  {
    label: 'he mumbled, “…”',
    body: 'Tomas Reiter stood at the gate. At one point he mumbled, “We are not moving.”',
    speaker: 'he', cue: 'mumbled', entity: 'Tomas Reiter',
  },
  {
    label: '“…,” crowed X',
    body: '“We have won the week,” crowed Lena Ortiz, the union’s chair.',
    speaker: 'Lena Ortiz', cue: 'crowed', entity: 'Lena Ortiz',
  },
  {
    label: 'guard: to chants of “…”: a plural noun, no cue and nobody speaking',
    body: 'Lena Ortiz left the quay to chants of “One more week!”',
    speaker: null, cue: null,
  },
  // ── a pronoun after a sentence whose subject acts on another person of the same gender ──
  {
    label: 'X met Y. “…,” he said: the subject X, not the object',
    body: 'Tomas Reiter met Pavel Orlov on Monday. “We are ready,” he said.',
    speaker: 'he', cue: 'said', entity: 'Tomas Reiter',
  },
  {
    label: 'The union chief X blamed Y. “…,” he said: the subject after its title',
    body: 'The union chief Tomas Reiter blamed Pavel Orlov for the strike. “He has misled us,” he said.',
    speaker: 'he', cue: 'said', entity: 'Tomas Reiter',
  },
  {
    label: 'X, who replaced Y last year, spoke. “…,” he said: Y is only in the relative clause',
    body: 'Tomas Reiter, who replaced Pavel Orlov last year, spoke on Monday. “We are ready,” he said.',
    speaker: 'he', cue: 'said', entity: 'Tomas Reiter',
  },
  {
    label: 'X spoke. Critics compared him to Y. “…,” he said: the pronoun before Y keeps X the topic',
    body: 'Tomas Reiter spoke on Monday. Critics have compared him to Pavel Orlov. “We are ready,” he said.',
    speaker: 'he', cue: 'said', entity: 'Tomas Reiter',
  },
  {
    label: 'He described Y as “…”: the pronoun is not the person its own verb names',
    body: 'Tomas Reiter spoke on Monday. Pavel Orlov has led the union since May. He described Orlov as “a man who never lied.”',
    speaker: 'He', cue: 'described … as', entity: 'Tomas Reiter',
  },
  {
    label: 'guard: X and Y met. “…,” he said: joint subjects, the latest person',
    body: 'Tomas Reiter and Pavel Orlov met on Monday. “We are ready,” he said.',
    speaker: 'he', cue: 'said', entity: 'Pavel Orlov',
  },
  {
    label: 'guard: X questioned Y. “…,” he replied: the one questioned answers',
    body: 'At the hearing, Tomas Reiter questioned Pavel Orlov about the deal. “No,” he replied.',
    speaker: 'he', cue: 'replied', entity: 'Pavel Orlov',
  },
  {
    label: 'guard: X resigned and Y took over. “…,” he said: Y opens a clause of its own',
    body: 'Tomas Reiter resigned and Pavel Orlov took over. “We are ready,” he said.',
    speaker: 'he', cue: 'said', entity: 'Pavel Orlov',
  },
  {
    label: 'guard: a title before Y (harbour governor Y told reporters): Y is no object',
    body: 'Tomas Reiter spoke first. Harbour governor Pavel Orlov told reporters the quay was safe. “We are ready,” he said.',
    speaker: 'he', cue: 'said', entity: 'Pavel Orlov',
  },
  {
    label: 'guard: the subject is a woman: he is Y',
    body: 'Lena Ortiz said that Pavel Orlov would lead the talks. “We are ready,” he said.',
    speaker: 'he', cue: 'said', entity: 'Pavel Orlov',
  },
  {
    label: 'guard: Y named again in a sentence of its own: he is Y',
    body: 'Tomas Reiter said that Pavel Orlov would lead the talks. Orlov has led two strikes before. “We are ready,” he said.',
    speaker: 'he', cue: 'said', entity: 'Pavel Orlov',
  },
  // ── a place that only locates the one who speaks ──
  {
    label: 'Hospital in Town said: the hospital speaks, not the town',
    body: 'Merrow General Hospital in Branton said: “We are full and we need nurses now.”',
    speaker: 'Merrow General Hospital', cue: 'said',
  },
  {
    label: 'Named body in City said, quote before',
    body: '“The samples were late,” the Dalvik Institute in Orsen said on Friday.',
    speaker: 'Dalvik Institute', cue: 'said',
  },
  {
    label: 'Person in City told: the person speaks',
    body: 'Dockers’ leader Rona Petts in Calverport told reporters: “We will stay out until spring.”',
    speaker: 'Rona Petts', cue: 'told reporters',
  },
  // ── a time phrase between the speaker and the verb belongs to the verb ──
  {
    label: 'Title of the Body on Weekday called: "on Weekday" stays out of the speaker',
    body: 'The head of the Harbour Board on Monday called the plan “reckless and cruel”.',
    speaker: 'The head of the Harbour Board', cue: 'called',
  },
  {
    label: 'a spokesman for the Firm yesterday told: "yesterday" stays out',
    body: 'A spokesman for Corvel Shipping yesterday told reporters: “We will appeal the ruling.”',
    speaker: 'A spokesman for Corvel Shipping', cue: 'told reporters',
  },
  {
    label: 'guard: the official late last night said: "late last night" stays out',
    body: 'A senior port official late last night said the quay was “beyond repair”.',
    speaker: 'A senior port official', cue: 'said',
  },
  {
    label: 'a spokeswoman for the Board last night said: "last night" stays out',
    body: 'A spokeswoman for the Tarrow Water Board last night said: “The pumps will run again by Sunday.”',
    speaker: 'A spokeswoman for the Tarrow Water Board', cue: 'said',
  },
  {
    label: 'the chairman of the Firm this morning told: "this morning" stays out',
    body: 'The chairman of Orvel Freight this morning told staff: “No depot will close this year.”',
    speaker: 'The chairman of Orvel Freight', cue: 'told',
  },
  // ── a person named by a tie to someone ("her rival") speaks the words of a verb inside reported speech ──
  {
    label: 'X said her rival had called the plan “…”: the rival speaks, not X',
    body: 'The harbour master said her rival had called the dredging plan “a costly fantasy”.',
    speaker: 'her rival', cue: 'called',
  },
  {
    label: 'His opponent called the plan “…”: a possessive and a tie noun',
    body: 'His opponent called the ferry contract “a gift to friends”.',
    speaker: 'His opponent', cue: 'called',
  },
  {
    label: 'X said his predecessor had told crews: “…”',
    body: 'The new harbour master said his predecessor had told crews: “The quay will never flood.”',
    speaker: 'his predecessor', cue: 'told',
  },
  // ── a title before the name: the name speaks in either word order ──
  {
    label: 'said Judge Name: the name alone, as in "Judge Name said"',
    body: '“The tenant was misled from the start,” said Judge Orla Penhale.',
    speaker: 'Orla Penhale', cue: 'said', entity: 'Orla Penhale',
  },
  {
    label: 'said Deputy Mayor Name: two title words',
    body: '“The ferry will run again by June,” said Deputy Mayor Ivo Sandane.',
    speaker: 'Ivo Sandane', cue: 'said', entity: 'Ivo Sandane',
  },
  {
    label: 'guard: Judge Name said keeps the name alone',
    body: 'Judge Orla Penhale said: “The tenant was misled from the start.”',
    speaker: 'Orla Penhale', cue: 'said', entity: 'Orla Penhale',
  },
  // ── a surname ending in "-ly" is a name before the verb, not an adverb ──
  {
    label: '“…,” Surname-ly said: the surname of a person named before',
    body: 'The crews elected Dov Tarly as their delegate. “We start on Monday,” Tarly said.',
    speaker: 'Tarly', cue: 'said', entity: 'Dov Tarly',
  },
  {
    label: '“…,” Surname-ly told Object',
    body: 'Mira Kelly runs the ferry desk. “No boat leaves tonight,” Kelly told passengers.',
    speaker: 'Kelly', cue: 'told', entity: 'Mira Kelly',
  },
  {
    label: 'guard: a lower-case adverb between the name and the verb',
    body: 'Mira Kelly runs the ferry desk. “No boat leaves tonight,” Kelly firmly told passengers.',
    speaker: 'Kelly', cue: 'told', entity: 'Mira Kelly',
  },
  // ── after the cue, an unnamed speaker keeps how it knows, as it does before the cue ──
  { label: 'said a source close to X', body: '“The ferry deal is off,” said a source close to the talks.', speaker: 'a source close to the talks', cue: 'said' },
  { label: 'said a person familiar with X, who …', body: '“The ferry deal is off,” said a person familiar with the matter, who declined to be identified.', speaker: 'a person familiar with the matter', cue: 'said' },
  { label: 'said one official involved in X', body: '“The ferry deal is off,” said one official involved in the negotiations.', speaker: 'one official involved in the negotiations', cue: 'said' },
  { label: 'said a source with knowledge of X', body: '“The ferry deal is off,” said a source with knowledge of those plans.', speaker: 'a source with knowledge of those plans', cue: 'said' },
  { label: 'said people briefed on the N claim (a bare cue word is a noun)', body: '“The ferry deal is off,” said people briefed on the insurance claim.', speaker: 'people briefed on the insurance claim', cue: 'said' },
  { label: 'guard: the tail stops before a time phrase', body: '“The ferry deal is off,” said a source close to the talks on Monday.', speaker: 'a source close to the talks', cue: 'said' },
  { label: 'the subject of "what … called" after a verb', body: 'A banker who ran what prosecutors called a “vast fraud” was jailed.', speaker: 'prosecutors', cue: 'called' },
  { label: 'a firm\'s role opening the sentence speaks after "but said"', body: 'A Kelvar Shipping spokesman declined to comment but said the firm “will cooperate fully” with investigators.', speaker: 'A Kelvar Shipping spokesman', cue: 'said' },
  { label: 'a role for a firm opening the sentence speaks after "and said"', body: 'A spokeswoman for Kelvar Shipping declined to comment and said the firm “will cooperate fully” with investigators.', speaker: 'A spokeswoman for Kelvar Shipping', cue: 'said' },
  { label: 'guard: the firm itself opening the sentence speaks', body: 'Kelvar Shipping declined to comment but said it “will cooperate fully” with investigators.', speaker: 'Kelvar Shipping', cue: 'said' },
  { label: 'a bare plural role tied to a body', body: '“We will appeal the ruling,” lawyers for the Harven clinic said.', speaker: 'lawyers for the Harven clinic', cue: 'said' },
  { label: 'a bare plural role opening the sentence', body: 'Aides to the mayor said: “The vote will go ahead.”', speaker: 'Aides to the mayor', cue: 'said' },
  // ── a live blog's or transcript's turn headed by a role alone and a colon ──
  { label: 'Role: “…” opening the paragraph: the role speaks, no cue', body: 'Fire Chief: “The blaze on the quay is under control.”', speaker: 'Fire Chief', cue: null },
  { label: 'Role: “…” after a sentence of the same paragraph', body: 'The council met at dawn. Deputy Mayor: “We will reopen the ferry bridge on Monday.”', speaker: 'Deputy Mayor', cue: null },
  { label: 'guard: a heading that is no role gives no speaker', body: 'Breaking News: “The ferry port stays shut until Friday.”', speaker: null, cue: null },
  { label: 'Role: “…” whose last word is a trade in no list ("Keeper"): the role speaks at a paragraph\'s start', body: 'Lighthouse Keeper: “I have never seen the swell this high in March.”', speaker: 'Lighthouse Keeper', cue: null },
  { label: 'Role: “…” ending in "Master" at a paragraph\'s start', body: 'Quay Master: “Nobody was hurt and the berths reopen on Friday.”', speaker: 'Quay Master', cue: null },
  { label: 'guard: a trade in no list after a sentence of the same paragraph is no turn', body: 'The council met at dawn. Lighthouse Keeper: “I have never seen the swell this high.”', speaker: null, cue: null },
  { label: 'guard: a section heading with an agent\'s ending ("Open Letter") gives no speaker', body: 'Open Letter: “The ferry port must stay open through the winter.”', speaker: null, cue: null },
  { label: 'guard: one capitalised word with an agent\'s ending is no role', body: 'Reminder: “The ferry port stays shut until Friday.”', speaker: null, cue: null },
  { label: 'guard: a place after the noun is no tail', body: '“The ferry deal is off,” said a spokesman in Dellport on Tuesday.', speaker: 'a spokesman', cue: 'said' },
  // ── schools and universities: the people of a school speak like any role ──
  { label: 'a school\'s principal in apposition gives the person', body: '“Tables only tell part of the story,” said its principal, Odile Marsh.', speaker: 'Odile Marsh', cue: 'said' },
  { label: 'an unnamed lecturer speaks', body: '“The labs are falling apart,” said a lecturer at the college.', speaker: 'a lecturer', cue: 'said' },
  { label: 'an unnamed pupil with a year group speaks', body: '“We were never told,” a Year 11 pupil said.', speaker: 'a Year 11 pupil', cue: 'said' },
  { label: 'one pupil named in apposition', body: '“I cried when I opened the envelope,” said one pupil, Ines Varga.', speaker: 'Ines Varga', cue: 'said' },
  { label: 'an unnamed undergraduate speaks', body: '“The rent takes everything,” said an undergraduate at the university.', speaker: 'an undergraduate', cue: 'said' },
  { label: 'a hyphenated title ("vice-chancellor") in apposition gives the person', body: '“We will fight the cuts,” said its vice-chancellor, Maria Amsel.', speaker: 'Maria Amsel', cue: 'said' },
  { label: 'a pupil with an age and a home town in apposition speaks, not the town', body: 'Tobiah Renn, 16, from Lindholm, said he was “gutted” to miss a pass.', speaker: 'Tobiah Renn', cue: 'said' },
  { label: 'a home town after "of" in apposition does not speak', body: 'Tobiah Renn, of Lindholm, said: “I will sit it again in November.”', speaker: 'Tobiah Renn', cue: 'said' },
  { label: 'guard: a person in a role\'s apposition still gives the outer name', body: 'Tobiah Renn, a friend of Ada Kerr, said she was “thrilled” with the grades.', speaker: 'Tobiah Renn', cue: 'said' },
  { label: 'a school\'s principal unnamed', body: '“We cannot cope,” said the school\'s principal.', speaker: 'the school\'s principal', cue: 'said' },
  // ── "the witness" after a name described by an indefinite role in apposition ──
  {
    label: 'Name, a witness, … “…,” the witness said: the person so described',
    body: 'Irma Stolt, a witness, saw the barge drift past the lock. “It was not moving under its own power,” the witness said.',
    speaker: 'the witness', cue: 'said', entity: 'Irma Stolt',
  },
  {
    label: 'Name, a key witness, … over a paragraph break, told the court',
    body: 'Irma Stolt, a key witness, saw the barge drift past the lock.\n\n“It was not moving under its own power,” the witness told the court.',
    speaker: 'the witness', cue: 'told', entity: 'Irma Stolt',
  },
  {
    label: 'Name, an onlooker, … “…,” the onlooker said: any noun of the description',
    body: 'Irma Stolt, an onlooker, stood on the bank. “It was not moving under its own power,” the onlooker said.',
    speaker: 'the onlooker', cue: 'said', entity: 'Irma Stolt',
  },
  {
    label: 'guard: a name never so described is not the witness',
    body: 'Irma Stolt stood on the bank. “It was not moving under its own power,” the witness said.',
    speaker: 'the witness', cue: 'said', entity: null,
  },
  // ── a text put out by someone: its owner speaks ──
  {
    label: 'A post from the governor\'s account said “…”: the governor',
    body: 'A post from the governor\'s account said “the night buses will run again from March.”',
    speaker: 'the governor', cue: 'said',
  },
  {
    label: '“…,” a post on the harbour board\'s page said: the board',
    body: '“The night buses will run again from March,” a post on the harbour board\'s page said.',
    speaker: 'the harbour board', cue: 'said',
  },
  {
    label: 'A message from Name said “…”: the named sender',
    body: 'A message from Ilse Korn said “the night buses will run again from March.”',
    speaker: 'Ilse Korn', cue: 'said', entity: 'Ilse Korn',
  },
  { label: 'A letter from the council\'s housing committee said: the committee, not the council', body: 'A letter from the council\'s housing committee said “the lifts have been broken since May.”', speaker: 'the council\'s housing committee', cue: 'said' },
  { label: 'a note from the board\'s audit panel said: the panel, not the board', body: '“The lifts have been broken since May,” a note from the harbour board\'s audit panel said.', speaker: 'the harbour board\'s audit panel', cue: 'said' },
  { label: 'a tweet from the mayor\'s feed said: the mayor (a channel is cut)', body: 'A tweet from the mayor\'s feed said “the night buses will run again from March.”', speaker: 'the mayor', cue: 'said' },
  { label: 'A letter from the residents said “…”: the residents, not the letter run together with them', body: 'A letter from the tenants said “the lifts have been broken since May.”', speaker: 'the tenants', cue: 'said' },
  { label: '“…,” a letter from the residents said: the residents', body: '“The lifts have been broken since May,” a letter from the tenants said.', speaker: 'the tenants', cue: 'said' },
  { label: 'A letter from residents (no article) said: the residents, not "from residents"', body: 'A letter from tenants said “the lifts have been broken since May.”', speaker: 'tenants', cue: 'said' },
  { label: 'guard: a role before "from" still speaks with its body', body: 'A spokeswoman from the harbour board said “the lifts have been broken since May.”', speaker: 'A spokeswoman from the harbour board', cue: 'said' },
  // ── a count of the group just mentioned speaks after the cue as before it ──
  { label: '“…,” said two of them: the count of the group', body: 'Dozens of nurses at Keldby General walked out on Monday. “We cannot keep working like this,” said two of them.', speaker: 'two of them', cue: 'said' },
  { label: '“…,” said both of the porters, who …: the count of the group', body: 'Two porters at the Orrin depot lost their jobs. “Nobody told us anything,” said both of the porters, who would not give their names.', speaker: 'both of the porters', cue: 'said' },
  { label: 'guard: two of them said “…” before the cue is unchanged', body: 'Three porters at the Orrin depot lost their jobs. Two of them said “nobody told us anything.”', speaker: 'Two of them', cue: 'said' },
  // ── "its" and a firm's noun: the firm "its" refers to ──
  { label: 'Firm … “…,” its studio said: the firm', body: 'Velda Pictures will cut 300 jobs this spring. “We had no warning at all,” its studio said.', speaker: 'its studio', cue: 'said', entity: 'Velda Pictures' },
  { label: 'Firm … its publisher said “…”: the firm', body: 'The novel was withdrawn by Harrow Lane Books on Friday. Its publisher said “the print run was pulped.”', speaker: 'Its publisher', cue: 'said', entity: 'Harrow Lane Books' },
  { label: 'Firm … its … for Maker … “…,” its studio said: the subject firm, not the maker named last', body: 'Velda Pictures will cut 300 jobs after its game for the Orbix Corp console sold poorly. “We had no warning at all,” its studio said.', speaker: 'its studio', cue: 'said', entity: 'Velda Pictures' },
  { label: 'Firm said … Maker … “…,” its label said: the firm that opens the sentence before', body: 'Tarn Records dropped the singer after a row with Halden Media over fees. “We wish her well,” its label said.', speaker: 'its label', cue: 'said', entity: 'Tarn Records' },
  { label: 'guard: "its spokesman" keeps its own reading', body: 'Velda Pictures will cut 300 jobs this spring. “We had no warning at all,” its spokesman said.', speaker: 'its spokesman', cue: 'said', entity: null },
  // ── a role given by a copula after a name ("X is the mayor of …") names the person a later "the mayor" is ──
  { label: 'Name is the mayor of Place … “…,” the mayor said: the person', body: 'Edda Lusk is the mayor of Brennholt. “We will review every objection,” the mayor said.', speaker: 'the mayor', cue: 'said', entity: 'Edda Lusk' },
  { label: 'Name has been a harbour master … the harbour master said', body: 'Piet Ombre has been the dock manager since the spring. “The quay stays shut,” the manager said.', speaker: 'the manager', cue: 'said', entity: 'Piet Ombre' },
  { label: 'Name, who is the coach of …, … the coach said', body: 'Tove Rask, who is the coach of the Brennholt Herons, arrived late. “We trained hard,” the coach said.', speaker: 'the coach', cue: 'said', entity: 'Tove Rask' },
  { label: 'guard: "Name is the mayor\'s brother" gives the name no role', body: 'Edda Lusk is the mayor\'s brother. “We will review every objection,” the mayor said.', speaker: 'the mayor', cue: 'said', entity: null },
  { label: 'guard: "Name was the mayor" may be a predecessor', body: 'Edda Lusk was the mayor of Brennholt until 2019. “We will review every objection,” the mayor said.', speaker: 'the mayor', cue: 'said', entity: null },
  // arts and entertainment roles (model/speaker-words.ts): the role phrase before the name gives the name
  { label: 'arts role: "said the band\'s singer, NAME" gives the name', body: '“We cut the record in a barn,” said the band’s singer, Orla Penrose, in a phone interview.', speaker: 'Orla Penrose', cue: 'said', entity: 'Orla Penrose' },
  { label: 'arts role: "said the orchestra\'s conductor, NAME"', body: '“The hall has never sounded better,” said the orchestra’s conductor, Ivo Marsh.', speaker: 'Ivo Marsh', cue: 'said', entity: 'Ivo Marsh' },
  { label: 'arts role: "said the show\'s producer, NAME"', body: '“We will extend the run to March,” said the show’s producer, Marta Quill.', speaker: 'Marta Quill', cue: 'said', entity: 'Marta Quill' },
  { label: 'arts role: an unnamed singer speaks', body: '“We did not expect any of this,” said the singer.', speaker: 'the singer', cue: 'said' },
  { label: 'arts role: an unnamed reviewer describes', body: 'One reviewer described the show as “a gift shop with a stage.”', speaker: 'One reviewer', cue: 'described … as' },
  // a name, then two bare roles joined by "and", then the cue: the name speaks
  { label: 'NAME, role and role says: the name speaks', body: 'Ivo Marsh, head writer and series producer says: “The new series is the boldest we have made.”', speaker: 'Ivo Marsh', cue: 'says', entity: 'Ivo Marsh' },
  { label: 'NAME, title and title says: the name speaks', body: 'Hedda Vane, president and executive director says: “The ferry deal is off for now.”', speaker: 'Hedda Vane', cue: 'says', entity: 'Hedda Vane' },
  // a courtesy title between the apposition's comma and the name (speaker-roles.ts)
  { label: 'said the role, Dr. NAME: the name speaks', body: '“Visitors came for the mirrors,” said the gallery’s director, Dr. Ines Kroll.', speaker: 'Ines Kroll', cue: 'said', entity: 'Ines Kroll' },
  { label: 'said the role, Mr. NAME, on a day: the name speaks', body: '“The tour is off,” said the band’s manager, Mr. Tomas Vell, on Monday.', speaker: 'Tomas Vell', cue: 'said', entity: 'Tomas Vell' },
  { label: 'guard: a determiner after "and" opens another speaker', body: 'Police spoke to Ivo Marsh, and the driver said: “The ferry was already gone.”', speaker: 'the driver', cue: 'said' },
];

speakerRowTests('quote speaker phrase', HEADLINE, ROWS, 'only');
