import { within } from '../async/within';
/** What `SpeechRecognition.available({ processLocally: true })` can answer. */
export type OnDeviceAvailability = 'available' | 'downloadable' | 'downloading' | 'unavailable';

export interface SpeechEnv {
  /** A `SpeechRecognition` (or prefixed) constructor exists. */
  hasRecognition: boolean;
  /** The constructor has the static `available()` check: the only way to know speech stays local. */
  hasAvailable: boolean;
  /** The answer for the chosen language, once known. */
  availability?: OnDeviceAvailability;
}

export type SpeechMode = 'on-device' | 'install' | 'downloading' | 'manual';

export interface SpeechSupport {
  mode: SpeechMode;
  /** One calm sentence for the mode picker. */
  reason: string;
}

/**
 * Whether the practice room may listen. Only a recogniser that confirms on-device processing is
 * used: an older browser would quietly send the audio to a cloud service, so "can't tell" means no.
 */
export function speechSupport(env: SpeechEnv): SpeechSupport {
  if (!env.hasRecognition) {
    return {
      mode: 'manual',
      reason: 'This browser has no speech recognition, so Loopside can only time your answers.',
    };
  }
  if (!env.hasAvailable) {
    return {
      mode: 'manual',
      reason:
        'This browser cannot promise to keep your speech on this computer (that needs Chrome 139 or later), so Loopside does not use it.',
    };
  }
  switch (env.availability) {
    case 'available':
      return {
        mode: 'on-device',
        reason: 'Your speech is turned into text on this computer. No audio leaves it.',
      };
    case 'downloadable':
      return {
        mode: 'install',
        reason:
          'The on-device speech model for this language is not installed yet. The browser downloads it once.',
      };
    case 'downloading':
      return {
        mode: 'downloading',
        reason: 'The browser is fetching the on-device speech model. Check again in a minute.',
      };
    case 'unavailable':
      return {
        mode: 'manual',
        reason: 'On-device speech is not offered for this language on this computer.',
      };
    default:
      return {
        mode: 'manual',
        reason: 'Could not confirm that speech stays on this computer, so it stays off.',
      };
  }
}

/** The live signals' word lists are English, so listen in the browser's English or in US English. */
export function speechLang(browserLang: string | undefined): string {
  return browserLang && /^en(-|$)/i.test(browserLang) ? browserLang : 'en-US';
}

/**
 * The support answer if the browser gives it within `ms`, else undefined (the room asks again
 * once it is on screen). Asked before the room's first render, so the picker starts with its real
 * choices rather than growing a button under the user's pointer a moment later.
 */
export async function speechSupportWithin(
  check: () => Promise<SpeechEnv>,
  ms: number,
): Promise<SpeechSupport | undefined> {
  return within(check().then(speechSupport), ms).catch(() => undefined);
}
