// A present-tense verb after the counted plural starts the predicate; it is not what is counted
// (fictional sentences; before the fix the word after the verb was taken as the counted noun).
import { testClaimRows, type ClaimRow } from './claim-rows';

const rows: readonly ClaimRow[] = [
  {
    label: 'a share of shoppers who upgrade "every" two years counts shoppers',
    body: 'About 40 percent of Brellin shoppers upgrade every two years, the survey found.',
    claims: [{ text: 'About 40 percent of Brellin shoppers upgrade every', counted: 'shopper', sourced: 'yes' }],
  },
  {
    label: 'a third of households who spend "more" counts households',
    body: 'A third of households spend more on heating than on food, the agency said.',
    claims: [{ text: 'A third of households spend more', counted: 'household', sourced: 'yes' }],
  },
  {
    label: 'riders who pay "less" counts riders',
    body: 'Some 30 percent of riders pay less under the new fares, Tovik Transit said.',
    claims: [{ text: 'Some 30 percent of riders pay less', counted: 'rider', sourced: 'yes' }],
  },
  {
    label: 'nurses who work "weekly" night shifts counts nurses',
    body: 'Nearly 60 percent of nurses work weekly night shifts, the union said.',
    claims: [{ text: 'Nearly 60 percent of nurses work', counted: 'nurse', sourced: 'yes' }],
  },
  {
    label: 'a rate after the plural is still not a verb ("40 patients a day")',
    body: 'The clinic saw 40 patients a day in March, officials said.',
    claims: [{ text: 'saw 40 patients a day', counted: 'patient', sourced: 'yes' }],
  },
  {
    label: 'flood warnings that "remain" count warnings',
    body: 'Around 60 flood warnings remain in place across Dunmere, the agency said.',
    claims: [{ text: 'Around 60 flood warnings remain', counted: 'warning', sourced: 'yes' }],
  },
  {
    label: 'landslips that "persist" count landslips',
    body: 'Some 14 landslips persist after the storm, Tovik council said.',
    claims: [{ text: 'Some 14 landslips persist', counted: 'landslip', sourced: 'yes' }],
  },
];

testClaimRows('Fictional survey report', [['present-tense verb after the counted plural', rows]]);
