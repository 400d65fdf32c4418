import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal.ts';
import { ACCESS_RULES, authorize, dialsOut } from '../../src/auth/rules.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { ruledFieldNames } from '../../src/server/authorization.ts';

describe('the access rules', () => {
  it('cover every root field and every payload outcome of the schema (a new field needs a rule)', () => {
    const uncovered = ruledFieldNames(buildSchema()).filter((field) => !(field in ACCESS_RULES));
    expect(uncovered).toEqual([]);
  });

  it('name only fields the schema has', () => {
    const fields = new Set(ruledFieldNames(buildSchema()));
    expect(Object.keys(ACCESS_RULES).filter((field) => !fields.has(field))).toEqual([]);
  });
});

describe('the dial-out rule', () => {
  const controlOnly: Principal = {
    subject: 'ops',
    scopes: new Set(['calls:control']),
    rooms: null,
    expiresAt: null,
  };
  const outcome = (field: string, args: Record<string, unknown>) =>
    authorize(controlOnly, field, args, async () => null).then(
      () => 'allowed',
      (error: Error) => error.message,
    );

  it('asks calls:dial-out for a phone number in any identifier field, however deep', () => {
    for (const args of [
      { input: { participant: { phoneNumber: '+14255550104' } } },
      { input: { participant: { communicationUserId: '4:+14255550104' } } },
      { input: { participant: { rawId: ' 4:+14255550104' } } },
      { input: { targets: [{ communicationUserId: '8:acs:x' }, { rawId: '4:+14255550104' }] } },
      { input: { communicationUserIds: ['8:acs:x', '4:+14255550104'] } },
    ]) {
      expect(dialsOut(args), JSON.stringify(args)).toEqual(['calls:dial-out']);
    }
    expect(dialsOut({ input: { participant: { communicationUserId: '8:acs:x' } } })).toEqual([]);
    expect(dialsOut({ input: { sourceCallerIdNumber: '+18005550100' } })).toEqual([]);
  });

  it('refuses addParticipant of a number smuggled in communicationUserId to a token without calls:dial-out', async () => {
    expect(
      await outcome('Mutation.addParticipant', {
        input: { callConnectionId: 'c', participant: { communicationUserId: '4:+14255550104' } },
      }),
    ).toContain('calls:dial-out');
  });

  it('applies to every operation whose rule does not say its targets are already in the call', () => {
    const exempt = Object.entries(ACCESS_RULES)
      .filter(([, rule]) => rule.targets === 'inCall')
      .map(([field]) => field);
    expect(exempt).not.toContain('Mutation.addParticipant');
    expect(exempt).toContain('Mutation.muteParticipant');
  });

  it('lets calls:control act on a phone participant already in the call', async () => {
    expect(
      await outcome('Mutation.muteParticipant', {
        input: { callConnectionId: 'c', target: { phoneNumber: '+14255550104' } },
      }),
    ).toBe('allowed');
  });

  it('lets calls:answer filter incomingCalls by a phone number: listening dials no one', async () => {
    const answerOnly: Principal = { ...controlOnly, scopes: new Set(['calls:answer']) };
    expect(
      await authorize(
        answerOnly,
        'Subscription.incomingCalls',
        { to: { phoneNumber: '+18005550100' } },
        async () => null,
      ).then(
        () => 'allowed',
        (error: Error) => error.message,
      ),
    ).toBe('allowed');
  });
});
