/**
 * Acronyms of ordinary English that name a thing, a measure, a role or a condition, never an organisation
 * on their own: "the TV series", "a GPS fix", "DNA samples", "the CEO said", "a PDF file". Written in
 * capitals they look like an organisation's short name to the entity stage; on their own they are terms
 * (so are the honours written after a name: "was appointed MBE", exams and qualifications: "her GCSE results", and
 * units of freight and power after a figure: "handled 2.1 million TEU", "a 40 MW plant"; the terms of flying and of
 * air accident reports: "issued a NOTAM", "the ILS was off", "the CVR was recovered").
 * Part of a longer name ("DNA Films", "LED Lighting Ltd") they stay in that name, and an acronym the
 * document itself defines in parentheses after a name ("Televa Digital (TVD)") is linked, not dropped.
 *
 * Left out on purpose, because they are also common short names of places or organisations in news:
 * BA, BC, CT, AR, MA, PA, GP, SI, ID, OK (US state codes), EU, UN, US, UK, AP, BBC, CNN, NHS; FDR (a flight data
 * recorder, but also a president's initials) and ATC (also firms' short names).
 */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(`
  TV HDTV DVD CD LCD LED CFL UV USB PC CPU GPU RAM ROM SIM SMS MMS GPS RFID NFC QR HTML URL PDF JPEG MP3
  API VPN DNS WIFI AI VR HD IT ICT GIS CCTV
  DNA RNA HIV AIDS COVID SARS PTSD ADHD BMI ICU ER MRI ECG EEG IVF PCR PPE GMO IQ
  CEO CFO COO CTO CIO VP MBA MP DJ VIP HQ HR PR NGO POW
  GDP GNP CPI VAT IPO ETF ATM PIN SUV EV LNG LPG CO2 UFO WMD IED
  AD AM PM GMT UTC DIY FAQ ASAP RSVP NB
  MBE OBE CBE KBE DBE GBE
  GCSE IGCSE IELTS TOEFL GMAT
  TEU FEU DWT MW GW GWH MWH BPD
  NOTAM ILS VFR IFR TCAS GPWS CVR METAR ATIS UAV
`.split(/\s+/).filter(Boolean));

/** An ordinary acronym ("TV"), or its plural ("TVs", "CEOs"). */
export function isCommonAcronym(w: string): boolean {
  if (COMMON_ACRONYMS.has(w)) return true;
  return w.length > 2 && w.endsWith('s') && COMMON_ACRONYMS.has(w.slice(0, -1));
}
