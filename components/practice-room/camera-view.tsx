import { useEffect, useRef } from 'react';
import type { PracticeRoomCamera } from '../hooks/use-practice-room-camera';

/** A mirrored self-view, as people expect to see themselves; recording is a separate opt-in. */
export function CameraView({ camera }: { camera: PracticeRoomCamera }) {
  const video = useRef<HTMLVideoElement | null>(null);
  useEffect(() => {
    if (video.current) video.current.srcObject = camera.stream;
  }, [camera.stream]);

  return (
    <section className="room__camera" aria-label="Camera">
      <div className="room__frame">
        <video
          ref={video}
          className="room__video"
          data-testid="self-view"
          autoPlay
          muted
          playsInline
          hidden={!camera.stream}
        />
        {camera.stream ? null : (
          <p className="room__placeholder muted">
            Seeing yourself helps with eye contact and pace. The picture stays on this screen; it is
            recorded only if you start a recording.
          </p>
        )}
      </div>
      <div className="room__camera-actions">
        {camera.stream ? (
          <button type="button" onClick={camera.turnOff}>
            Turn off camera
          </button>
        ) : (
          <button type="button" className="primary" onClick={camera.turnOn} disabled={camera.busy}>
            {camera.busy ? 'Waiting for the camera…' : 'Turn on camera'}
          </button>
        )}
      </div>
      {camera.error ? (
        <p className="room__error" role="status">
          {camera.error}
        </p>
      ) : null}
    </section>
  );
}
