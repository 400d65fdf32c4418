import { auditMutation, auditOutcomeOf } from '../auth/audit.ts';
import type { GatewayContext } from './context.ts';

/**
 * Runs mutation `name` and writes its audit line (`auditMutation`) with the outcome: `ok`, or the code of the
 * error it failed with (rethrown). Every mutation the schema registers runs through here; refusals before
 * any mutation runs are audited by the server's authorization check.
 */
export async function runAudited<Input, Payload>(
  name: string,
  input: Input,
  ctx: GatewayContext,
  run: (input: Input, ctx: GatewayContext) => Promise<Payload>,
): Promise<Payload> {
  try {
    const payload = await run(input, ctx);
    auditMutation(ctx.logger, ctx.principal, name, input, 'ok');
    return payload;
  } catch (error) {
    auditMutation(ctx.logger, ctx.principal, name, input, auditOutcomeOf(error));
    throw error;
  }
}
