import * as z from 'zod/mini';
import { captionHealthSchema, platformSchema, utteranceSchema } from './captions/utterance-schema';
import { UTTERANCE_TEXT_MAX } from './captions/utterance-limits';
import { isPlatformUrl } from './live/platform-hosts';

/**
 * The one message protocol. Every message is parsed on receipt; anything that fails to parse, or
 * comes from a sender that may not send it, is dropped without side effects.
 */
export const panelCommandSchema = z.enum(['toggle-round', 'next-prompt', 'reveal-probe']);
export type PanelCommand = z.infer<typeof panelCommandSchema>;

const commandMessageSchema = z.strictObject({
  type: z.literal('panel/command'),
  command: panelCommandSchema,
  /** The window the shortcut was pressed in: only that window's panel acts on it. */
  windowId: z.optional(z.int()),
});

const utteranceMessageSchema = z.strictObject({
  type: z.literal('captions/utterance'),
  platform: platformSchema,
  utterance: utteranceSchema,
  /**
   * Present when `utterance.text` is only the change: keep the first `from` characters of
   * revision `after` and append it (lib/captions/caption-delta.ts).
   */
  delta: z.optional(
    z.strictObject({
      from: z.int().check(z.minimum(0), z.maximum(UTTERANCE_TEXT_MAX)),
      after: z.int().check(z.minimum(0)),
    }),
  ),
});

const healthMessageSchema = z.strictObject({
  type: z.literal('captions/health'),
  health: captionHealthSchema,
});

const extensionMessageSchema = z.discriminatedUnion('type', [
  commandMessageSchema,
  utteranceMessageSchema,
  healthMessageSchema,
]);
export type ExtensionMessage = z.infer<typeof extensionMessageSchema>;

/** What the receiver knows about a sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** Pages of this extension (panel, workspace, background) have no tab and our own origin. */
function isOwnExtensionPage(sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  return (
    sender.id === ownId &&
    sender.tab === undefined &&
    (sender.url === undefined || sender.url.startsWith(ownOrigin))
  );
}

/** Our own content script, running in a tab of the platform it claims to read. */
function isOwnContentScriptOn(
  sender: SenderInfo,
  ownId: string,
  platform: z.infer<typeof platformSchema>,
): boolean {
  return (
    sender.id === ownId &&
    sender.tab !== undefined &&
    isPlatformUrl(platform, sender.url ?? sender.tab.url)
  );
}

export type Received = { ok: true; message: ExtensionMessage } | { ok: false; reason: string };

export function receiveMessage(
  raw: unknown,
  sender: SenderInfo,
  own: { id: string; origin: string },
): Received {
  const parsed = extensionMessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'malformed message' };
  const message = parsed.data;
  switch (message.type) {
    case 'panel/command':
      return isOwnExtensionPage(sender, own.id, own.origin)
        ? { ok: true, message }
        : { ok: false, reason: 'commands come only from the extension itself' };
    case 'captions/utterance':
      return isOwnContentScriptOn(sender, own.id, message.platform)
        ? { ok: true, message }
        : { ok: false, reason: 'captions come only from our reader on that call site' };
    case 'captions/health':
      return isOwnContentScriptOn(sender, own.id, message.health.platform)
        ? { ok: true, message }
        : { ok: false, reason: 'captions come only from our reader on that call site' };
  }
}
