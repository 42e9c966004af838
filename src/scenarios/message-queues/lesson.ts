import type { Lesson } from '../../ui/lesson/lesson';

export const lesson: Lesson = {
  idea: [
    'Placing a food order sets off seven pieces of work: check the order, charge the card, tell the restaurant, find a rider, email a receipt, record it for the dashboards and add loyalty points. Do them one after another while the customer watches a spinner and the wait is the sum of all seven, three to four seconds on a good day.',
    'Worse, the chain is only as strong as its weakest link. A slow bank stretches every order to ten seconds; an email provider that is down fails orders whose card has already been charged.',
    'Only the first two steps have to finish before the customer is told "order placed". The rest can be written down as messages and picked up by workers a moment later. The customer waits a few hundred milliseconds, a broken email service leaves a pile of unsent emails instead of failed orders, and a rush of orders becomes a longer line rather than an outage.',
    'RabbitMQ and Kafka are the two common ways to keep those messages. RabbitMQ hands each message to one worker and deletes it once that worker says it is done. Kafka appends every event to a log that it keeps, and any number of readers go through it at their own pace, each remembering how far it has got.',
  ],
  analogy: {
    title: 'The ticket rail over the kitchen pass',
    paragraphs: [
      'A waiter who carried each order into the kitchen and stood there until the plate was ready would serve one table at a time. Instead the waiter writes a ticket, clips it to the rail above the pass and walks back to the dining room. The cooks take tickets in order, as fast as they can cook.',
      'When fifty tables order at once, the rail simply fills up. Nobody cooks fifty dishes at the same moment; the tickets wait, and the line of them shows exactly how far behind the kitchen is. The waiter is the producer, the rail is the queue, the cooks are the consumers.',
      'RabbitMQ is that rail: a cook takes a ticket and it is gone. Kafka is more like a shared order book that every station reads: the grill, the desserts and the manager each keep their own bookmark, and nothing is torn out when someone reads it.',
    ],
  },
  figures: [
    { value: '3–4 s', label: 'placing an order when all seven steps run while the customer waits' },
    { value: '≈ 10 s', label: 'the same chain behind a slow payment gateway' },
    { value: '< 1 s', label: 'the customer’s wait when only validation and payment come first' },
    {
      value: '50 orders',
      label: 'a dinner rush the queue soaks up and works through at its own pace',
    },
    { value: '7 trillion', label: 'messages a day through Kafka at LinkedIn, where it was built' },
  ],
  choices: {
    columns: ['Aspect', 'RabbitMQ', 'Kafka'],
    rows: [
      ['Model', 'Deliver, then delete', 'Keep a log, replay'],
      ['Throughput', 'Thousands/s', 'Millions/s'],
      ['Many jobs, one event', 'A queue per job', 'A group per job'],
      ['Read again later', 'No', 'Until retention'],
      ['Best for', 'Task queues', 'Event streams, analytics'],
      ['Complexity', 'Moderate', 'High'],
      ['Used by', 'Robinhood, Reddit', 'LinkedIn, Uber, Netflix'],
    ],
  },
  notice: [
    'Switch Design from sync to rabbitmq: the customer’s wait drops from about 3.5 s to about 0.4 s, with the same workers.',
    'Turn on Email provider down: sync fails every order; the queue modes confirm them all and the email backlog climbs instead.',
    'Turn on the Dinner rush and watch the queues fill and drain at the workers’ pace, while the customer’s wait barely moves.',
    'Kill a worker in rabbitmq mode with prefetch 10: the messages it held go back to the queue and another worker takes them.',
    'In kafka mode, kill a worker and watch its partitions stall for 3 s until the group rebalances, then catch up.',
    'Set Workers per job above Partitions in kafka mode: the extra workers have nothing to read.',
    'Set Retention to 5 s with the email provider down in kafka mode: emails are deleted before anyone sends them.',
  ],
};
