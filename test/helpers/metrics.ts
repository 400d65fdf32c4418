/**
 * The value of one sample of a gateway's `GET /metrics` (labels in prom-client's order), e.g.
 * `switchboard_http_requests_total{route="/healthz",status="200"}`; undefined when it is not exposed.
 */
export async function metric(
  gateway: { url: string },
  sample: string,
  headers: Record<string, string> = {},
): Promise<number | undefined> {
  const text = await (await fetch(`${gateway.url}/metrics`, { headers })).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${sample} `));
  return line === undefined ? undefined : Number(line.slice(sample.length + 1));
}
