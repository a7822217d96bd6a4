import type { CountryCode } from "libphonenumber-js/core/es6";

// ISO 3166 alpha-2 to alpha-3 for every country libphonenumber-js knows, as pairs "FRFRA".
// Ascension (AC) and Tristan da Cunha (TA) have no code of their own: they are part of SHN.
// A packed string rather than a library: the data is tiny and frozen, the usual libraries are CJS with locales.
// countryIso3.test.ts checks it against i18n-iso-countries.
const pairs =
  "ACSHN ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO ARARG ASASM ATAUT AUAUS AWABW AXALA AZAZE " +
  "BABIH BBBRB BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN BOBOL BQBES BRBRA BSBHS " +
  "BTBTN BWBWA BYBLR BZBLZ CACAN CCCCK CDCOD CFCAF CGCOG CHCHE CICIV CKCOK CLCHL CMCMR CNCHN COCOL " +
  "CRCRI CUCUB CVCPV CWCUW CXCXR CYCYP CZCZE DEDEU DJDJI DKDNK DMDMA DODOM DZDZA ECECU EEEST EGEGY " +
  "EHESH ERERI ESESP ETETH FIFIN FJFJI FKFLK FMFSM FOFRO FRFRA GAGAB GBGBR GDGRD GEGEO GFGUF GGGGY " +
  "GHGHA GIGIB GLGRL GMGMB GNGIN GPGLP GQGNQ GRGRC GTGTM GUGUM GWGNB GYGUY HKHKG HNHND HRHRV HTHTI " +
  "HUHUN IDIDN IEIRL ILISR IMIMN ININD IOIOT IQIRQ IRIRN ISISL ITITA JEJEY JMJAM JOJOR JPJPN KEKEN " +
  "KGKGZ KHKHM KIKIR KMCOM KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ LALAO LBLBN LCLCA LILIE LKLKA LRLBR " +
  "LSLSO LTLTU LULUX LVLVA LYLBY MAMAR MCMCO MDMDA MEMNE MFMAF MGMDG MHMHL MKMKD MLMLI MMMMR MNMNG " +
  "MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT MUMUS MVMDV MWMWI MXMEX MYMYS MZMOZ NANAM NCNCL NENER NFNFK " +
  "NGNGA NINIC NLNLD NONOR NPNPL NRNRU NUNIU NZNZL OMOMN PAPAN PEPER PFPYF PGPNG PHPHL PKPAK PLPOL " +
  "PMSPM PRPRI PSPSE PTPRT PWPLW PYPRY QAQAT REREU ROROU RSSRB RURUS RWRWA SASAU SBSLB SCSYC SDSDN " +
  "SESWE SGSGP SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD STSTP SVSLV SXSXM SYSYR " +
  "SZSWZ TASHN TCTCA TDTCD TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON TRTUR TTTTO TVTUV TWTWN " +
  "TZTZA UAUKR UGUGA USUSA UYURY UZUZB VAVAT VCVCT VEVEN VGVGB VIVIR VNVNM VUVUT WFWLF WSWSM XKXKK " +
  "YEYEM YTMYT ZAZAF ZMZMB ZWZWE";

const toIso3 = new Map<string, string>();
const toIso2 = new Map<string, CountryCode>();
for (const pair of pairs.split(" ")) {
  const iso2 = pair.slice(0, 2) as CountryCode;
  const iso3 = pair.slice(2);
  toIso3.set(iso2, iso3);
  // SHN is Saint Helena itself, not Ascension or Tristan da Cunha.
  if (!toIso2.has(iso3) || iso2 === "SH") toIso2.set(iso3, iso2);
}

/** The ISO 3166 alpha-3 code DQE wants for a country (`FR` -> `FRA`), or undefined. */
export function countryToIso3(country: string): string | undefined {
  return toIso3.get(country.toUpperCase());
}

/** The alpha-2 country of an ISO 3166 alpha-3 code (`FRA` -> `FR`), or undefined. */
export function iso3ToCountry(iso3: string): CountryCode | undefined {
  return toIso2.get(iso3.toUpperCase());
}
