import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { documentFor, loadTrustedDocuments } from '../../src/server/trusted-documents.ts';
import { problemsOf } from '../helpers/config.ts';

const ACS = {
  ACS_CONNECTION_STRING: 'endpoint=https://contoso.communication.azure.com/;accesskey=c2VjcmV0LWtleQ==',
  ACS_RESOURCE_ID: '00000000-0000-4000-8000-000000000001',
};
const PRODUCTION = { NODE_ENV: 'production', EVENT_LOG: 'memory', AUTH_MODE: 'none' };

describe('TRUSTED_DOCUMENTS', () => {
  it('is off in development, so GraphiQL and hand-written documents run', () => {
    expect(loadConfig(ACS).trustedDocuments.mode).toBe('off');
  });

  it('is require in production unless set otherwise', () => {
    expect(loadConfig({ ...PRODUCTION, ...ACS }).trustedDocuments.mode).toBe('require');
    expect(loadConfig({ ...PRODUCTION, ...ACS, TRUSTED_DOCUMENTS: 'allow' }).trustedDocuments.mode).toBe(
      'allow',
    );
  });

  it("reads the client's manifest unless TRUSTED_DOCUMENTS_MANIFEST names another", () => {
    const { manifestPath } = loadConfig(ACS).trustedDocuments;
    expect(manifestPath).toMatch(/client\/src\/gql\/persisted-documents\.json$/);
    expect(existsSync(manifestPath)).toBe(true);
    expect(loadConfig({ ...ACS, TRUSTED_DOCUMENTS_MANIFEST: '/m.json' }).trustedDocuments.manifestPath).toBe(
      '/m.json',
    );
  });

  it('refuses a mode it does not know, naming the setting', () => {
    expect(problemsOf({ ...ACS, TRUSTED_DOCUMENTS: 'strict' })[0]).toMatch(/^TRUSTED_DOCUMENTS: /);
  });
});

describe('the manifest of trusted documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-manifest-'));
  const write = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it('stops the start when missing or malformed, naming the file', () => {
    expect(() => loadTrustedDocuments('require', join(dir, 'absent.json'))).toThrow(/absent\.json/);
    expect(() => loadTrustedDocuments('allow', write('list.json', '["query { a }"]'))).toThrow(
      /not a manifest/,
    );
    expect(() => loadTrustedDocuments('allow', write('bad.json', '{"id": 1}'))).toThrow(/not a manifest/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('is not read when TRUSTED_DOCUMENTS is off', () => {
    expect(loadTrustedDocuments('off', '/no/such/file.json').documents.size).toBe(0);
  });

  it('runs the manifest document of a known id even when the request also sends other text', () => {
    const trusted = { mode: 'require' as const, documents: new Map([['abc', 'query A { a }']]) };
    expect(documentFor(trusted, { documentId: 'abc', query: 'query B { b }' })).toBe('query A { a }');
  });
});
