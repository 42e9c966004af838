import type { Lesson } from '../../ui/lesson/lesson';
import { CITIES, LATENCY_MS, WORK_MS, CUSTOMER_MS, distanceKm, quorumRoundTripMs } from './cities';

const ms = (x: number) => `${x.toFixed(1)} ms`;
const km = (a: number, b: number) => `${Math.round(distanceKm(a, b)).toLocaleString('en-US')} km`;
const local = 2 * CUSTOMER_MS + WORK_MS;
const mumbaiRead = local + quorumRoundTripMs(0);
const mumbaiWrite = local + 2 * quorumRoundTripMs(0);

export const lesson: Lesson = {
  idea: [
    'Keeping a copy of your data in three cities makes reads close to every customer and lets you survive losing a building. The copies pay for it by telling each other about every change, over lines you do not own: a cut cable, a bad router update or a storm can leave one copy unable to hear the others while its customers keep arriving.',
    'In that moment each copy has to choose. It can refuse to answer until it hears from enough of the others: consistency, nobody ever gets an out-of-date answer. Or it can answer from what it has: availability, everybody gets an answer, perhaps an old one. Partitions are not optional, they happen, so the real choice CAP leaves you is between C and A while the network is split.',
    'CP here is a majority quorum: two of the three copies take part in every read and every write. Any two majorities share a copy, so a read always meets the newest confirmed write, and a city that can reach no one refuses. AP answers locally and tells the others afterwards. When the lines come back, version vectors spot a dish whose price changed on both sides without either side knowing, a conflict, and last-writer-wins keeps the later price and silently drops the other.',
    'The choice costs something even when nothing is broken. A quorum waits for a round trip to another city on every read and two on every write, where a local answer only crosses town. That second half of the trade is what PACELC names: if partitioned, availability or consistency; else, latency or consistency.',
  ],
  analogy: {
    title: 'Three kitchens, one menu',
    paragraphs: [
      'You own restaurants in Mumbai, Delhi and Bengaluru and you promise the same menu in all three. When a kitchen changes the price of a dish, its manager rings the other two.',
      'One night a storm brings down the phone lines out of Mumbai, and Mumbai is full of customers. You can tell Mumbai to stop taking orders until the lines are back, since it cannot be sure its prices are current: nobody pays the wrong price, and nobody in Mumbai eats. Or you can tell every kitchen to carry on with the menu it has: everybody eats, but Mumbai may charge last week’s price for a dosa Delhi has just repriced, and when the lines return the managers must settle whose changes stand.',
      'Promising both at once only works somewhere the phone lines never fail, and there is no such place.',
    ],
  },
  figures: [
    { value: '2 of 3', label: 'copies that must take part in a CP read or write: a majority' },
    {
      value: `${ms(LATENCY_MS[0]![2]!)} – ${ms(LATENCY_MS[1]![2]!)}`,
      label: `one way in fibre between the cities (${CITIES[0].name}–${CITIES[2].name} ${km(0, 2)}, ${CITIES[1].name}–${CITIES[2].name} ${km(1, 2)})`,
    },
    {
      value: `${ms(mumbaiRead)} / ${ms(mumbaiWrite)}`,
      label: `a CP read / write from ${CITIES[0].name} with every line up, against ${ms(local)} for an AP answer`,
    },
    {
      value: '2000 → 2012',
      label:
        'Brewer proposes CAP; twelve years on, he stresses it is about behaviour during a partition',
    },
  ],
  choices: {
    columns: ['What you are building', 'Lean towards', 'Why'],
    rows: [
      [
        'Balances and payments (banks, UPI)',
        'CP',
        'A refused payment can be retried; a wrong balance cannot be taken back',
      ],
      [
        'Feeds, likes, view counts',
        'AP',
        'A post seen two seconds late hurts nobody; an error page does',
      ],
      ['A shop', 'Both', 'Browsing the catalogue can be AP while checkout and payment are CP'],
      [
        'Off-the-shelf databases',
        'Read the defaults',
        'Spanner and CockroachDB are CP; DynamoDB and Cassandra lean AP',
      ],
    ],
  },
  notice: [
    'Play the default run (CP, Mumbai cut off from 10 s to 20 s): Mumbai’s orders are refused while Delhi and Bengaluru carry on, and the stale-read count stays at zero.',
    'Switch Mode to ap: every order is answered, stale reads pile up during the storm, and conflicts and lost writes appear when the lines come back.',
    'Set Partition to none and compare the p50 of the two modes: the quorum’s round trips are the price of consistency on a calm day.',
    'Cut a single line with the buttons under the map: in CP every city still reaches a majority through the third one, so nobody is refused; answers just take the long way round.',
    'AP conflicts happen on calm days too, whenever two cities reprice the same dish within a few milliseconds of each other.',
    'Clocks here agree exactly. Real clocks drift, and then last-writer-wins can keep the older of two prices.',
  ],
};
