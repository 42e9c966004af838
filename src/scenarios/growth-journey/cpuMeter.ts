import { lognormal, sampler, type Ms, type Request, type Sim } from '../../engine';
import { APP_CPU_MS, SCRAPER_CLIENT } from './plan';

/**
 * Processor time the app servers were asked for, in total and for the scraper, so a busy
 * fleet can be told apart: busy computing pages, or only holding threads while the database
 * answers. Each server draws from its own stream; the meter adds up what it handed out.
 */
export class CpuMeter {
  cpuMs = 0;
  scraperCpuMs = 0;
  requests = 0;
  scraperRequests = 0;
  private mark = { cpuMs: 0, scraperCpuMs: 0, requests: 0, scraperRequests: 0 };

  /** A service-time function for one app server. */
  serviceFor(sim: Sim, server: string): (req: Request) => Ms {
    const draw = sampler(lognormal(APP_CPU_MS, 0.4), sim.rng.stream(`${server}/cpu`));
    return (req) => {
      const ms = Math.max(0, draw());
      this.cpuMs += ms;
      this.requests++;
      if (req.client === SCRAPER_CLIENT) {
        this.scraperCpuMs += ms;
        this.scraperRequests++;
      }
      return ms;
    };
  }

  start(): void {
    const { cpuMs, scraperCpuMs, requests, scraperRequests } = this;
    this.mark = { cpuMs, scraperCpuMs, requests, scraperRequests };
  }

  /** Since `start`: processor ms, requests, and the scraper's share of them. */
  sinceStart(): { cpuMs: number; requests: number; scraperShare: number } {
    const requests = this.requests - this.mark.requests;
    return {
      cpuMs: this.cpuMs - this.mark.cpuMs,
      requests,
      scraperShare:
        requests > 0 ? (this.scraperRequests - this.mark.scraperRequests) / requests : 0,
    };
  }
}
