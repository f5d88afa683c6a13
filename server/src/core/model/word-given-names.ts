/**
 * Given names that are also ordinary English words ("Bill", "Frank", "Holly"). The general name lists
 * leave them out, as they would make every "bill" or "frank" a name; only a position that already
 * expects a person's name (after a title and its body, before a surname that is no English word)
 * reads them as given names. Months ("June", "April") stay out: dates read them first.
 */
export const WORD_GIVEN_NAMES: ReadonlySet<string> = new Set(`bill will rose dawn hope faith joy ray penny art chip
  frank gene herb jay max miles rich sandy warren holly ivy iris crystal ruby violet pearl rusty buck duke earl
  king lane chase grace heath sterling woody ginger amber olive skip hank wade maya hazel jade daisy poppy lily robin misty
  dean`.split(/\s+/));
