/**
 * The currency a sum is written in, so that corroboration does not take "£13 billion" for "$15
 * billion" or a share price of "€2.73" for one of "US$2.69". Read from the figure's own text: a sign
 * with or without a country's letters ("US$", "CA$", "£"), an ISO code ("SGD1.75 billion"), or a
 * currency's name after the number ("6 billion dollars"), or a subunit ("12p", "26 cents"). Pure.
 */

/** Country letters before a dollar sign, by the ISO code of their dollar. */
const DOLLAR_PREFIX: Record<string, string> = { US: 'usd', A: 'aud', AU: 'aud', C: 'cad', CA: 'cad', HK: 'hkd', S: 'sgd', SG: 'sgd', NZ: 'nzd', NT: 'twd' };
/** Dollars of a named country: a bare "$" may be any of them. */
const DOLLARS = new Set(['usd', 'aud', 'cad', 'hkd', 'sgd', 'nzd', 'twd']);
const SIGNS: Record<string, string> = { '€': 'eur', '£': 'gbp', '¥': 'yen-yuan' };
const NAMES: [RegExp, string][] = [
  [/\bdollars?\b/i, 'dollar'], [/\beuros?\b/i, 'eur'], [/\b(?:pounds?|sterling)\b/i, 'gbp'], [/\byen\b/i, 'jpy'],
  [/\b(?:yuan|renminbi)\b/i, 'cny'], [/\brupees?\b/i, 'inr'], [/\brubles?\b|\broubles?\b/i, 'rub'],
  // sums in a subunit ("12p", "26 cents"): never the same currency as the whole unit's sums
  [/\bpence\b|\dp\b/, 'pence'], [/\bcents?\b|\dc\b/, 'cent'],
];
/**
 * The letters or sign of a regional sum before its figure (regional-money.ts): "Rs 600 crore", "₹900", "KSh 300 million",
 * "R1.2bn", "N2.5 billion", "₦40"; East and Southeast Asia's: "Rp 12 trillion", "RM1.2 billion", "P340-million", "₱2.5 billion",
 * "₩3 trillion"; the Gulf's and the Levant's: "Dh4 billion" (dirhams), "SR1.2bn" (riyals), "QR5bn" (Qatari riyals), "₪85", "₺1,200";
 * and Latin America's: "S/ 1.2 million" (soles), "Ps 9,500" (pesos of an unnamed country), "COP 2 trillion", "PEN 4.5 million".
 */
const REGIONAL = /(?:^|[^\p{L}\p{N}$])(Rs|₹|R|N|₦|K?Shs?|Ksh|KShs|Kshs|Rp|RM|₱|₩|P(?=\d)|Dhs?|SR|QR|₪|₺|S\/|Ps|COP|PEN)\.?\s?\d/u;
const REGIONAL_CODES: Record<string, string> = {
  Rs: 'inr', '₹': 'inr', R: 'zar', N: 'ngn', '₦': 'ngn', Rp: 'idr', RM: 'myr', P: 'php', '₱': 'php', '₩': 'krw',
  Dh: 'aed', Dhs: 'aed', SR: 'sar', QR: 'qar', '₪': 'ils', '₺': 'try', 'S/': 'pen', PEN: 'pen', COP: 'cop', Ps: 'peso',
};
/**
 * ISO currency codes that news copy writes before a figure ("SGD1.75 billion", "EUR 40m", "VND 15 trillion", "EGP 25 billion"),
 * lower case, and "nis" (new Israeli shekels). No code that is also an English word a figure follows ("ron", "all", "top", "cup").
 */
export const CURRENCY_CODES: readonly string[] = ['usd', 'vnd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'hkd', 'sgd', 'aud', 'cad', 'nzd', 'chf', 'inr',
  'krw', 'zar', 'sek', 'nok', 'dkk', 'myr', 'php', 'idr', 'thb', 'kes', 'ngn', 'brl', 'mxn', 'rub', 'try', 'aed', 'sar',
  'egp', 'ils', 'nis', 'qar', 'kwd', 'bhd', 'omr', 'jod', 'lbp', 'iqd', 'tnd', 'dzd', 'pln', 'huf', 'czk', 'isk', 'ars', 'clp',
  'uyu', 'pyg'];
const CODE = new RegExp(String.raw`\b(${CURRENCY_CODES.join('|')})\s?\d`, 'i');
/** Codes read as another one's: "rmb" is the yuan's, "nis" the shekel's. */
const CODE_ALIASES: Record<string, string> = { rmb: 'cny', nis: 'ils' };

/**
 * The currency of a sum's text: an ISO code in lower case ("usd", "gbp"), "dollar" for a dollar of no
 * named country, "yen-yuan" for "¥", or "" when the text names none.
 */
export function currencyOf(text: string): string {
  const dollar = /(?:^|[^A-Za-z])([A-Z]{1,2})?\$/.exec(text);
  if (dollar) return dollar[1] === undefined ? 'dollar' : DOLLAR_PREFIX[dollar[1]] ?? dollar[1].toLowerCase() + '$';
  for (const ch of text) if (SIGNS[ch] !== undefined) return SIGNS[ch];
  // (after the signs: "N95 masks worth $3 million" is in dollars)
  const regional = REGIONAL.exec(text);
  if (regional) return REGIONAL_CODES[regional[1]] ?? 'kes';
  const code = CODE.exec(text);
  if (code) return CODE_ALIASES[code[1].toLowerCase()] ?? code[1].toLowerCase();
  for (const [re, c] of NAMES) if (re.test(text)) return c;
  return '';
}

/** Can two sums be in one currency: the same, one unknown, or a bare dollar and a named country's dollar? */
export function sameCurrency(a: string, b: string): boolean {
  if (a === b || a === '' || b === '') return true;
  if (a === 'dollar') return DOLLARS.has(b);
  if (b === 'dollar') return DOLLARS.has(a);
  if (a === 'yen-yuan') return b === 'jpy' || b === 'cny';
  if (b === 'yen-yuan') return a === 'jpy' || a === 'cny';
  return false;
}

/** Names of currencies written after a sum ("4.2 billion crowns", "3 lakh rupees"), singular and plural, lower case. */
const CURRENCY_NAMES = new Set(`dollar euro pound yen yuan renminbi rupee rouble ruble crown krona kronor krone kroner
  franc peso rand naira shilling real reais ringgit zloty zlotys złoty złotys lira lire dinar dirham riyal rial won baht rupiah
  forint koruna leu lei lev hryvnia cedi kwacha birr taka shekel`.split(/\s+/).flatMap((w) => [w, w.endsWith('s') ? w : w + 's']));

/** Is `word` a currency's name ("crowns", "rupee", "Francs")? */
export function isCurrencyName(word: string): boolean {
  return CURRENCY_NAMES.has(word.toLowerCase());
}
