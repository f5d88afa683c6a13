// The commonest Chinese, Korean and Vietnamese family names in their usual romanisations. Written first
// ("Tang Weiling", "Hoang Minh"), such a name and the given name after it are keyed as the hyphenated form
// is ("Tang Wei-Ling", "Wei-Ling Tang"), so an outlet that drops the hyphen names the same person across
// articles (normalize.ts `nameKeyUncached`, `eitherOrderKey`). General data, not a list of anyone named.
export const FAMILY_FIRST: ReadonlySet<string> = new Set((
  'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang '
  + 'han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding shen ren yao '
  + 'kim park choi jung jeong kang cho yoon jang lim shin yoo han oh seo kwon hwang ahn song hong '
  + 'nguyen tran pham hoang phan vu vo dang bui do ho ngo duong ly'
).split(' '));
