import { useCallback, useEffect, useState } from 'react';
import { openMedia, stopMedia } from '../../lib/browser/camera';

export interface PracticeRoomCamera {
  stream: MediaStream | null;
  error: string | null;
  busy: boolean;
  turnOn: () => void;
  turnOff: () => void;
}

/** The self-view camera: asked for only on a click, released when turned off or the page closes. */
export function usePracticeRoomCamera(): PracticeRoomCamera {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Whenever the stream is replaced or the page goes away, the old one lets go of the device.
  useEffect(() => () => stopMedia(stream), [stream]);

  const turnOn = useCallback(() => {
    setBusy(true);
    setError(null);
    void openMedia('camera').then((r) => {
      setBusy(false);
      if (r.ok) setStream(r.stream);
      else setError(r.message);
    });
  }, []);
  const turnOff = useCallback(() => setStream(null), []);

  return { stream, error, busy, turnOn, turnOff };
}
