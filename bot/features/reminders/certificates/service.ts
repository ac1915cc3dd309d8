import type { CurrentCertificate } from './rules';

/**
 * What the reminders feature offers other features about 持证上岗 certificates (the quiz's 统计 shows the level
 * and when the next level opens). Provided as `services.provide('certificates', …)`; read with
 * `services.need('certificates')`. Other features never read the certificate tables themselves.
 */
export interface CertificateService {
  /** The user's current (active, highest) certificate, or undefined when they have none. */
  current(userKey: string): Promise<CurrentCertificate | undefined>;
}

declare module '../../../core/feature' {
  interface ProvidedServices {
    certificates: CertificateService;
  }
}
