import type { Lesson } from '../../ui/lesson/lesson';

export const lesson: Lesson = {
  idea: [
    'However fast your servers are, the answer still has to travel. Light in glass fibre covers about 200,000 km each second, so every 1,000 km between a user and your data centre adds 10 ms there and back before any code runs. From Mumbai to a data centre in Virginia is close to 13,000 km: at least 130 ms of pure travel, on every request.',
    'A content delivery network (CDN) shortens the trip instead of speeding up the server. It keeps copies of your files on edge servers in cities around the world, and each user is sent to the nearest one. When the edge holds the file (a hit), the answer comes from down the road. When it does not (a miss), the edge fetches it from your origin and passes it on, so that user still pays the long trip.',
    'Two things improve at once. Nearby users get answers in tens of milliseconds instead of hundreds, and the origin stops seeing most requests: with a good hit ratio the edges answer 70 to 90% of them. That also means that when the origin fails, the copies already out at the edges keep being served.',
  ],
  analogy: {
    title: 'A warehouse in every town',
    paragraphs: [
      'Imagine an online shop that kept all its stock in a single warehouse on one coast. A customer on the other side of the world would wait days for every parcel, however quickly the warehouse packed it.',
      'So the shop rents small depots in the big cities and stocks them with what sells most. An order placed in Chennai leaves from the depot nearby, the same afternoon. Only unusual items still come from the main warehouse, the slow way. A CDN does the same with files: popular ones wait in a depot near you.',
    ],
  },
  figures: [
    { value: '200,000 km/s', label: 'light in fibre: 1 ms per 100 km each way' },
    {
      value: '2 × km ÷ 200,000 km/s',
      label: 'the round trip before any processing: Mumbai to Virginia (12,850 km) is 128.5 ms',
    },
    { value: '200–500 ms', label: 'what distant users wait when every file comes from one place' },
    { value: '10–50 ms', label: 'the same users served from a nearby edge' },
    { value: '70–90%', label: 'share of requests a CDN answers without touching the origin' },
  ],
  choices: {
    columns: ['What changes', 'Without a CDN', 'With a CDN'],
    rows: [
      ['Where files come from', 'The origin, wherever it is', 'The nearest edge server'],
      ['Distant users wait', '200–500 ms', '10–50 ms on a hit'],
      ['Origin load', 'Every request', 'Only the misses: 10–30%'],
      ['If the origin fails', 'Everything fails', 'Copies at the edges still answer'],
    ],
  },
  notice: [
    "Watch the table under the map: each city's hit time is its distance to the edge, doubled, at 200,000 km/s, plus 10 ms at the edge.",
    'Johannesburg has no edge of its own: its users travel to the nearest one and wait longer. Try edge sites "every-city".',
    'Turn the CDN off: Sydney, Singapore and Mumbai climb past 200 ms, and every request lands on the origin.',
    'Kill the origin mid-run: about four requests in five keep working. Then kill the Mumbai edge and see where Mumbai goes.',
    'Compare p99 with the CDN on and off: a miss takes the detour through the edge, so the slowest requests can get slower while the typical one gets far faster.',
    'Set the speed to 0.1× to see each request cross the oceans.',
  ],
};
