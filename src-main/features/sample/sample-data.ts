import type { TraineeFields } from '../../contract/trainees';

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
  usa: { code5: '44213', prefectureJa: '大分県', nameJa: '宇佐市', nameKana: 'うさし', nameEn: 'Usa City' },
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

export interface SampleTrainee extends TraineeFields {
  host: keyof typeof SAMPLE_HOSTS;
}

const base = { status: 'selected', notes: null } as const;

export const SAMPLE_TRAINEES: SampleTrainee[] = [
  {
    ...base,
    familyNameNative: '王', givenNameNative: '晓燕', familyNameLatin: 'Wang', givenNameLatin: 'Xiaoyan',
    nameKana: 'ワン シャオイエン', nameLang: 'zh-Hans', nameOrder: 'family_first', gender: 'female',
    birthDate: '1994-03-12', nationality: 'CN', sendingGovernment: '湖南省常德市 / Changde, Hunan',
    position: 'Foreign Affairs Office', host: 'higashiomi',
  },
  {
    ...base,
    familyNameNative: '李', givenNameNative: '建国', familyNameLatin: 'Li', givenNameLatin: 'Jianguo',
    nameKana: 'リ ジエングオ', nameLang: 'zh-Hans', nameOrder: 'family_first', gender: 'male',
    birthDate: '1990-11-02', nationality: 'CN', sendingGovernment: '江苏省苏州市 / Suzhou, Jiangsu',
    position: 'Commerce Bureau', host: 'kanazawa',
  },
  {
    ...base,
    familyNameNative: '陈', givenNameNative: '思远', familyNameLatin: 'Chen', givenNameLatin: 'Siyuan',
    nameKana: 'チェン スーユエン', nameLang: 'zh-Hans', nameOrder: 'family_first', gender: 'male',
    birthDate: '1996-07-21', nationality: 'CN', sendingGovernment: '浙江省杭州市 / Hangzhou, Zhejiang',
    position: 'Culture and Tourism Bureau', host: 'gifu',
  },
  {
    ...base,
    familyNameNative: '刘', givenNameNative: '佳', familyNameLatin: 'Liu', givenNameLatin: 'Jia',
    nameKana: 'リウ ジア', nameLang: 'zh-Hans', nameOrder: 'family_first', gender: 'female',
    birthDate: '1993-01-30', nationality: 'CN', sendingGovernment: '四川省成都市 / Chengdu, Sichuan',
    position: 'Environmental Protection Bureau', host: 'nagano',
  },
  {
    ...base,
    familyNameNative: '张', givenNameNative: '梦琪', familyNameLatin: 'Zhang', givenNameLatin: 'Mengqi',
    nameKana: 'ジャン モンチー', nameLang: 'zh-Hans', nameOrder: 'family_first', gender: 'female',
    birthDate: '1997-09-08', nationality: 'CN', sendingGovernment: '山东省青岛市 / Qingdao, Shandong',
    position: 'Education Bureau', host: 'toyama',
  },
  {
    ...base,
    familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'Lee', givenNameLatin: 'Seoyeon',
    nameKana: 'イ ソヨン', nameLang: 'ko', nameOrder: 'family_first', gender: 'female',
    birthDate: '1995-05-17', nationality: 'KR', sendingGovernment: '경주시 / Gyeongju',
    position: 'International Cooperation Team', host: 'usa',
  },
  {
    ...base,
    familyNameNative: '최', givenNameNative: '민준', familyNameLatin: 'Choi', givenNameLatin: 'Minjun',
    nameKana: 'チェ ミンジュン', nameLang: 'ko', nameOrder: 'family_first', gender: 'male',
    birthDate: '1992-12-04', nationality: 'KR', sendingGovernment: '춘천시 / Chuncheon',
    position: 'Tourism Division', host: 'kochi',
  },
  {
    ...base,
    familyNameNative: 'श्रेष्ठ', givenNameNative: 'अनिता', familyNameLatin: 'Shrestha', givenNameLatin: 'Anita',
    nameKana: 'アニタ シュレスタ', nameLang: 'ne', nameOrder: 'given_first', gender: 'female',
    birthDate: '1994-08-25', nationality: 'NP', sendingGovernment: 'काठमाडौं महानगरपालिका / Kathmandu',
    position: 'Urban Planning Section', host: 'tottori',
  },
  {
    ...base,
    familyNameNative: 'अधिकारी', givenNameNative: 'राजेश', familyNameLatin: 'Adhikari', givenNameLatin: 'Rajesh',
    nameKana: 'ラジェシュ アディカリ', nameLang: 'ne', nameOrder: 'given_first', gender: 'male',
    birthDate: '1991-04-10', nationality: 'NP', sendingGovernment: 'पोखरा महानगरपालिका / Pokhara',
    position: 'Disaster Management Section', host: 'matsue',
  },
  {
    // A Malay name has no family name: the whole name is the given name.
    ...base,
    familyNameNative: null, givenNameNative: 'Nur Aisyah binti Ahmad', familyNameLatin: null,
    givenNameLatin: 'Nur Aisyah binti Ahmad', nameKana: 'ヌル アイシャ ビンティ アハマド', nameLang: 'ms',
    nameOrder: 'given_first', gender: 'female', birthDate: '1995-02-14', nationality: 'MY',
    sendingGovernment: 'Majlis Bandaraya Kuching Selatan / Kuching South', position: 'Corporate Communications',
    host: 'miyazaki',
  },
  {
    ...base,
    familyNameNative: 'Peña Quispe', givenNameNative: 'José Luis', familyNameLatin: 'Peña Quispe',
    givenNameLatin: 'José Luis', nameKana: 'ホセ ルイス ペニャ キスペ', nameLang: 'es', nameOrder: 'given_first',
    gender: 'male', birthDate: '1990-06-29', nationality: 'PE', sendingGovernment: 'Municipalidad Provincial del Cusco / Cusco',
    position: 'Cultural Heritage Office', host: 'takamatsu',
  },
];
