import type { TraineeFields } from '@shared/contract/trainees';

/**
 * A fictional cohort shaped like FY2024 (China 5, Korea 2, Nepal 2, Malaysia 1, Peru 1).
 * The people are invented; the host municipalities are real (codes without check digit).
 */
export const SAMPLE_FISCAL_YEAR = 2024;

export interface SampleHost {
  code5: string;
  prefectureJa: string;
  nameJa: string;
  nameKana: string;
  nameEn: string;
}

export const SAMPLE_HOSTS = {
  usa: { code5: '44211', prefectureJa: '大分県', nameJa: '宇佐市', nameKana: 'うさし', nameEn: 'Usa City' },
  higashiomi: { code5: '25213', prefectureJa: '滋賀県', nameJa: '東近江市', nameKana: 'ひがしおうみし', nameEn: 'Higashiomi City' },
  kanazawa: { code5: '17201', prefectureJa: '石川県', nameJa: '金沢市', nameKana: 'かなざわし', nameEn: 'Kanazawa City' },
  gifu: { code5: '21201', prefectureJa: '岐阜県', nameJa: '岐阜市', nameKana: 'ぎふし', nameEn: 'Gifu City' },
  nagano: { code5: '20201', prefectureJa: '長野県', nameJa: '長野市', nameKana: 'ながのし', nameEn: 'Nagano City' },
  toyama: { code5: '16201', prefectureJa: '富山県', nameJa: '富山市', nameKana: 'とやまし', nameEn: 'Toyama City' },
  kochi: { code5: '39201', prefectureJa: '高知県', nameJa: '高知市', nameKana: 'こうちし', nameEn: 'Kochi City' },
  tottori: { code5: '31201', prefectureJa: '鳥取県', nameJa: '鳥取市', nameKana: 'とっとりし', nameEn: 'Tottori City' },
  matsue: { code5: '32201', prefectureJa: '島根県', nameJa: '松江市', nameKana: 'まつえし', nameEn: 'Matsue City' },
  miyazaki: { code5: '45201', prefectureJa: '宮崎県', nameJa: '宮崎市', nameKana: 'みやざきし', nameEn: 'Miyazaki City' },
  takamatsu: { code5: '37201', prefectureJa: '香川県', nameJa: '高松市', nameKana: 'たかまつし', nameEn: 'Takamatsu City' },
} satisfies Record<string, SampleHost>;


/** Sending governments of the cohort, with names in their own script, English and Japanese. */
export const SAMPLE_SENDING = {
  changde: { country: 'CN', provinceLocal: '湖南省', provinceEn: 'Hunan', nameLocal: '常德市', nameEn: 'Changde', nameJa: '常徳市' },
  suzhou: { country: 'CN', provinceLocal: '江苏省', provinceEn: 'Jiangsu', nameLocal: '苏州市', nameEn: 'Suzhou', nameJa: '蘇州市' },
  hangzhou: { country: 'CN', provinceLocal: '浙江省', provinceEn: 'Zhejiang', nameLocal: '杭州市', nameEn: 'Hangzhou', nameJa: '杭州市' },
  chengdu: { country: 'CN', provinceLocal: '四川省', provinceEn: 'Sichuan', nameLocal: '成都市', nameEn: 'Chengdu', nameJa: '成都市' },
  qingdao: { country: 'CN', provinceLocal: '山东省', provinceEn: 'Shandong', nameLocal: '青岛市', nameEn: 'Qingdao', nameJa: '青島市' },
  gyeongju: { country: 'KR', provinceLocal: '경상북도', provinceEn: 'Gyeongsangbuk-do', nameLocal: '경주시', nameEn: 'Gyeongju', nameJa: '慶州市' },
  chuncheon: { country: 'KR', provinceLocal: '강원특별자치도', provinceEn: 'Gangwon', nameLocal: '춘천시', nameEn: 'Chuncheon', nameJa: '春川市' },
  kathmandu: { country: 'NP', provinceLocal: 'बागमती प्रदेश', provinceEn: 'Bagmati', nameLocal: 'काठमाडौं महानगरपालिका', nameEn: 'Kathmandu', nameJa: 'カトマンズ市' },
  pokhara: { country: 'NP', provinceLocal: 'गण्डकी प्रदेश', provinceEn: 'Gandaki', nameLocal: 'पोखरा महानगरपालिका', nameEn: 'Pokhara', nameJa: 'ポカラ市' },
  kuchingSouth: { country: 'MY', provinceLocal: 'Sarawak', provinceEn: 'Sarawak', nameLocal: 'Majlis Bandaraya Kuching Selatan', nameEn: 'Kuching South', nameJa: 'クチン南市' },
  cusco: { country: 'PE', provinceLocal: 'Cusco', provinceEn: 'Cusco', nameLocal: 'Municipalidad Provincial del Cusco', nameEn: 'Cusco', nameJa: 'クスコ市' },
} as const;

/** Training fields by their position in the seeded list (0 = 一般行政 …). */
export interface SampleTrainee extends Partial<TraineeFields> {
  host: keyof typeof SAMPLE_HOSTS;
  sending: keyof typeof SAMPLE_SENDING;
  field: number;
  familyNameNative: string | null;
  givenNameNative: string | null;
  familyNameLatin: string | null;
  givenNameLatin: string | null;
  nameKana: string;
  nameLang: TraineeFields['nameLang'];
  nameOrder: TraineeFields['nameOrder'];
  nationality: string;
}

const base = { status: 'selected', statusChangedOn: '2024-01-31', japaneseLevel: 'N3', passportExpiry: '2030-03-31' } as const;

export const SAMPLE_TRAINEES: SampleTrainee[] = [
  {
    ...base,
    familyNameNative: '王', givenNameNative: '晓燕', familyNameLatin: 'Wang', givenNameLatin: 'Xiaoyan',
    nameKana: 'ワン シャオイエン', nameLang: 'zh-Hans', nameOrder: 'family_first', gender: 'female',
    birthDate: '1994-03-12', nationality: 'CN', sending: 'changde', field: 0,
    position: 'Foreign Affairs Office', host: 'higashiomi',
  },
  {
    ...base,
    familyNameNative: '李', givenNameNative: '建国', familyNameLatin: 'Li', givenNameLatin: 'Jianguo',
    nameKana: 'リ ジエングオ', nameLang: 'zh-Hans', nameOrder: 'family_first', gender: 'male',
    birthDate: '1990-11-02', nationality: 'CN', sending: 'suzhou', field: 4,
    position: 'Commerce Bureau', host: 'kanazawa',
  },
  {
    ...base,
    familyNameNative: '陈', givenNameNative: '思远', familyNameLatin: 'Chen', givenNameLatin: 'Siyuan',
    nameKana: 'チェン スーユエン', nameLang: 'zh-Hans', nameOrder: 'family_first', gender: 'male',
    birthDate: '1996-07-21', nationality: 'CN', sending: 'hangzhou', field: 4,
    position: 'Culture and Tourism Bureau', host: 'gifu',
  },
  {
    ...base,
    familyNameNative: '刘', givenNameNative: '佳', familyNameLatin: 'Liu', givenNameLatin: 'Jia',
    nameKana: 'リウ ジア', nameLang: 'zh-Hans', nameOrder: 'family_first', gender: 'female',
    birthDate: '1993-01-30', nationality: 'CN', sending: 'chengdu', field: 1,
    position: 'Environmental Protection Bureau', host: 'nagano',
  },
  {
    ...base,
    familyNameNative: '张', givenNameNative: '梦琪', familyNameLatin: 'Zhang', givenNameLatin: 'Mengqi',
    nameKana: 'ジャン モンチー', nameLang: 'zh-Hans', nameOrder: 'family_first', gender: 'female',
    birthDate: '1997-09-08', nationality: 'CN', sending: 'qingdao', field: 3,
    position: 'Education Bureau', host: 'toyama',
  },
  {
    ...base,
    familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'Lee', givenNameLatin: 'Seoyeon',
    nameKana: 'イ ソヨン', nameLang: 'ko', nameOrder: 'family_first', gender: 'female',
    birthDate: '1995-05-17', nationality: 'KR', sending: 'gyeongju', field: 0,
    position: 'International Cooperation Team', host: 'usa',
    emergencyName: '이정호', emergencyRelation: '父 / Father', emergencyPhone: '+82 10 2345 6789',
  },
  {
    ...base,
    familyNameNative: '최', givenNameNative: '민준', familyNameLatin: 'Choi', givenNameLatin: 'Minjun',
    nameKana: 'チェ ミンジュン', nameLang: 'ko', nameOrder: 'family_first', gender: 'male',
    birthDate: '1992-12-04', nationality: 'KR', sending: 'chuncheon', field: 4,
    position: 'Tourism Division', host: 'kochi',
  },
  {
    ...base,
    familyNameNative: 'श्रेष्ठ', givenNameNative: 'अनिता', familyNameLatin: 'Shrestha', givenNameLatin: 'Anita',
    nameKana: 'アニタ シュレスタ', nameLang: 'ne', nameOrder: 'given_first', gender: 'female',
    birthDate: '1994-08-25', nationality: 'NP', sending: 'kathmandu', field: 7,
    position: 'Urban Planning Section', host: 'tottori', diet: 'vegetarian',
  },
  {
    ...base,
    familyNameNative: 'अधिकारी', givenNameNative: 'राजेश', familyNameLatin: 'Adhikari', givenNameLatin: 'Rajesh',
    nameKana: 'ラジェシュ アディカリ', nameLang: 'ne', nameOrder: 'given_first', gender: 'male',
    birthDate: '1991-04-10', nationality: 'NP', sending: 'pokhara', field: 0,
    position: 'Disaster Management Section', host: 'matsue',
  },
  {
    // A Malay name has no family name: the whole name is the given name.
    ...base,
    familyNameNative: null, givenNameNative: 'Nur Aisyah binti Ahmad', familyNameLatin: null,
    givenNameLatin: 'Nur Aisyah binti Ahmad', nameKana: 'ヌル アイシャ ビンティ アハマド', nameLang: 'ms',
    nameOrder: 'given_first', gender: 'female', birthDate: '1995-02-14', nationality: 'MY',
    sending: 'kuchingSouth', field: 0, position: 'Corporate Communications', diet: 'halal',
    host: 'miyazaki',
  },
  {
    // At his host, with a passport that runs out before the program ends (what the warning is for),
    // and his reading written with ・ between the names, as foreign names usually are in Japanese.
    ...base,
    status: 'at_host', statusChangedOn: '2024-06-03',
    familyNameNative: 'Peña Quispe', givenNameNative: 'José Luis', familyNameLatin: 'Peña Quispe',
    givenNameLatin: 'José Luis', nameKana: 'ホセ・ルイス・ペニャ・キスペ', nameLang: 'es', nameOrder: 'given_first',
    gender: 'male', birthDate: '1990-06-29', nationality: 'PE', sending: 'cusco', field: 6,
    position: 'Cultural Heritage Office', host: 'takamatsu', passportExpiry: '2025-02-28',
    emergencyName: 'María Quispe', emergencyRelation: 'Madre / Mother', emergencyEmail: 'maria.quispe@example.pe',
  },
];
