import { type DemoMessages, fill } from "../demoMessages.js";
import { useApiConfig } from "../kit/useApiConfig.js";

/** The server's fraud settings and caps (from /api/config), so that a visitor knows what refuses a send. */
export function LimitsInForce({ t }: { readonly t: DemoMessages }) {
  const config = useApiConfig();
  const limits = config.data?.limits;
  if (config.data === undefined || limits === undefined) return null;
  const minutes = Math.round(limits.windowS / 60);
  const countries = config.data.allowedCountries;
  const byCountry = Object.entries(limits.smsPerDayByCountry ?? {})
    .map(([country, budget]) => `${country} ${budget}`)
    .join(", ");
  return (
    <section aria-labelledby="sandbox-limits-title">
      <h3 id="sandbox-limits-title">{t.limitsTitle}</h3>
      <ul className="demo-phone__limits">
        <li>
          {countries ? fill(t.limitsCountries, { countries: countries.join(", ") }) : t.limitsAllCountries}
        </li>
        <li>
          {fill(t.limitsSends, {
            minutes,
            number: limits.sendsPerNumber,
            ip: limits.sendsPerIp,
            prefix: limits.sendsPerPrefix,
            digits: limits.prefixDigits,
          })}
        </li>
        <li>{fill(t.limitsChecks, { minutes, number: limits.checksPerNumber, ip: limits.checksPerIp })}</li>
        <li>
          {limits.smsPerDay === undefined
            ? t.limitsNoBudget
            : fill(t.limitsBudget, { budget: limits.smsPerDay })}
        </li>
        {byCountry !== "" && <li>{fill(t.limitsBudgetByCountry, { budgets: byCountry })}</li>}
      </ul>
    </section>
  );
}
