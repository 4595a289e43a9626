/**
 * Arrival flights for the sample cohort (FY2024, arrival day 20 May 2024): the Korean, Nepali
 * and Peruvian trainees land at Narita T1, the Chinese and Malaysian ones at Haneda T3.
 * Times are local at each airport, as on an e-ticket. Used by tests and screenshots.
 */
export const SAMPLE_FLIGHTS: ReadonlyArray<{
  latinName: string;
  flightNumber: string;
  fromAirport: string;
  toAirport: string;
  departsLocal: string;
  arrivesLocal: string;
  terminal: string;
}> = [
  { latinName: 'LEE Seoyeon', flightNumber: 'KE 703', fromAirport: 'ICN', toAirport: 'NRT', departsLocal: '2024-05-20T09:10', arrivesLocal: '2024-05-20T11:35', terminal: '1' },
  { latinName: 'CHOI Minjun', flightNumber: 'OZ 102', fromAirport: 'ICN', toAirport: 'NRT', departsLocal: '2024-05-20T09:30', arrivesLocal: '2024-05-20T11:50', terminal: '1' },
  { latinName: 'Anita SHRESTHA', flightNumber: 'RA 411', fromAirport: 'KTM', toAirport: 'NRT', departsLocal: '2024-05-19T23:00', arrivesLocal: '2024-05-20T10:30', terminal: '1' },
  { latinName: 'Rajesh ADHIKARI', flightNumber: 'RA 411', fromAirport: 'KTM', toAirport: 'NRT', departsLocal: '2024-05-19T23:00', arrivesLocal: '2024-05-20T10:30', terminal: '1' },
  { latinName: 'José Luis PEÑA QUISPE', flightNumber: 'AM 58', fromAirport: 'MEX', toAirport: 'NRT', departsLocal: '2024-05-19T01:15', arrivesLocal: '2024-05-20T06:40', terminal: '1' },
  { latinName: 'WANG Xiaoyan', flightNumber: 'MU 575', fromAirport: 'PVG', toAirport: 'HND', departsLocal: '2024-05-20T08:35', arrivesLocal: '2024-05-20T12:25', terminal: '3' },
  { latinName: 'LI Jianguo', flightNumber: 'CA 181', fromAirport: 'PEK', toAirport: 'HND', departsLocal: '2024-05-20T08:25', arrivesLocal: '2024-05-20T12:50', terminal: '3' },
  { latinName: 'CHEN Siyuan', flightNumber: 'MU 539', fromAirport: 'PVG', toAirport: 'HND', departsLocal: '2024-05-20T09:00', arrivesLocal: '2024-05-20T12:55', terminal: '3' },
  { latinName: 'LIU Jia', flightNumber: 'CA 183', fromAirport: 'PEK', toAirport: 'HND', departsLocal: '2024-05-20T08:40', arrivesLocal: '2024-05-20T13:00', terminal: '3' },
  { latinName: 'ZHANG Mengqi', flightNumber: 'NH 936', fromAirport: 'TAO', toAirport: 'HND', departsLocal: '2024-05-20T10:00', arrivesLocal: '2024-05-20T14:00', terminal: '3' },
  { latinName: 'Nur Aisyah binti Ahmad', flightNumber: 'MH 88', fromAirport: 'KUL', toAirport: 'HND', departsLocal: '2024-05-19T23:30', arrivesLocal: '2024-05-20T07:30', terminal: '3' },
];
