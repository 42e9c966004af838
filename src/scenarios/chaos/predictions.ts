import { ninesInWords, wholeNines } from '../../engine';
import { formatSeconds } from '../../ui/controls/formatTime';
import type { Prediction } from '../teaching';
import { availability, cityAvailability, pctText, recoverySeconds } from './results';

const ALL_CACHES = ['device', 'cdn', 'app'];

export const predictions: Prediction[] = [
  {
    id: 'monkey-no-retries',
    question:
      'No region fails, but the monkey kills an instance about once a minute. Turn retries off: how many nines are left?',
    choices: [
      { id: 'three', label: 'Three or more: a dead instance leaves rotation within seconds' },
      { id: 'two', label: 'Two' },
      { id: 'one', label: 'One or fewer' },
    ],
    runs: [
      { label: '2 retries', set: { regionDownAtS: 0, retries: 2 } },
      { label: 'No retries', set: { regionDownAtS: 0, retries: 0 } },
    ],
    answer: ([, none]) => {
      const n = wholeNines(availability(none!));
      return n >= 3 ? 'three' : n === 2 ? 'two' : 'one';
    },
    explain: ([withRetries, none]) =>
      `Without retries ${pctText(availability(none!))} of requests were answered (${ninesInWords(availability(none!))}); with two retries, ${pctText(availability(withRetries!))}. ` +
      'Each kill fails whatever that instance was holding, and until the next health check the balancer still sends it its share. ' +
      'A retry lands on another instance and the user never knows.',
  },
  {
    id: 'failover-minutes',
    question:
      'Virginia goes dark at 3:00. Failover is on: the health checks give up after 60 s and DNS answers live for 120 s. How long until errors are back within the target?',
    choices: [
      { id: 'seconds', label: 'Under 30 seconds' },
      { id: 'minute', label: 'About a minute' },
      { id: 'minutes', label: 'Two to four minutes' },
      { id: 'never', label: 'Not until Virginia comes back' },
    ],
    runs: [
      {
        label: 'Failover on',
        set: { failover: true, detectS: 60, dnsTtlS: 120, regionDownAtS: 180, regions: 3 },
      },
    ],
    answer: ([r]) => {
      const s = recoverySeconds(r!);
      if (s === null) return 'never';
      return s < 30 ? 'seconds' : s < 90 ? 'minute' : 'minutes';
    },
    explain: ([r]) => {
      const s = recoverySeconds(r!);
      const took = s === null ? 'did not happen within the run' : `took ${formatSeconds(s)}`;
      return (
        `Recovery ${took}. First the health checks must fail for a full minute, so DNS does not move a continent on one lost probe. ` +
        'Then users only learn the new answer as their cached one expires, spread over the two-minute TTL. ' +
        'Every request New York sent to Virginia meanwhile failed, unless a cache answered it.'
      );
    },
  },
  {
    id: 'caches-in-outage',
    question:
      'Failover is off and Virginia is dark from the first seconds. What share of New York’s requests still get an answer?',
    choices: [
      { id: 'none', label: 'Almost none: Virginia is its only region' },
      { id: 'half', label: 'About half' },
      { id: 'most', label: 'Nearly all' },
    ],
    runs: [
      { label: 'All three caches', set: { failover: false, regionDownAtS: 1, caches: ALL_CACHES } },
      { label: 'No caches', set: { failover: false, regionDownAtS: 1, caches: [] } },
    ],
    answer: ([cached]) => {
      const a = cityAvailability(cached!, 'new-york');
      return a < 0.25 ? 'none' : a < 0.75 ? 'half' : 'most';
    },
    explain: ([cached, bare]) =>
      `New York got ${pctText(cityAvailability(cached!, 'new-york'))} of its answers with the caches and ${pctText(cityAvailability(bare!, 'new-york'))} without. ` +
      'The phone answered a fifth of requests itself and the CDN edge two in five of the rest, dead region or not. ' +
      'Caches cannot answer what they do not hold, so the other half failed.',
  },
  {
    id: 'retry-storm',
    question:
      'The caches are off, so when Virginia fails Frankfurt takes New York’s full load as well as its own. With a 1-second timeout, do 2 retries help or hurt?',
    choices: [
      { id: 'help', label: 'They help: a second try often works' },
      { id: 'same', label: 'About the same' },
      { id: 'hurt', label: 'They make it worse' },
    ],
    runs: [
      { label: 'No retries', set: { caches: [], retries: 0, timeoutMs: 1000 } },
      { label: '2 retries', set: { caches: [], retries: 2, timeoutMs: 1000 } },
    ],
    answer: ([none, two]) => {
      const d = availability(two!) - availability(none!);
      return d > 0.005 ? 'help' : d < -0.005 ? 'hurt' : 'same';
    },
    explain: ([none, two]) =>
      `No retries: ${pctText(availability(none!))}; two retries: ${pctText(availability(two!))}. ` +
      'Frankfurt was nearly full, so answers got slow; every answer slower than the timeout was abandoned and asked for again, ' +
      'while the first copy still took up a worker. More work, slower answers, more retries: a retry storm.',
  },
];
