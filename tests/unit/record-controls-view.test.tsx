// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoomRecording } from '../../components/hooks/use-room-recording';
import { RecordControls } from '../../components/practice-room/record-controls';

afterEach(cleanup);

function recording(over: Partial<RoomRecording> = {}): RoomRecording {
  return {
    phase: 'idle',
    kind: 'camera-mic',
    setKind: vi.fn(),
    space: null,
    plannedMinutes: 45,
    paused: false,
    startedAt: null,
    bytes: 0,
    savedId: null,
    message: null,
    start: vi.fn(),
    confirm: vi.fn(),
    cancel: vi.fn(),
    stop: vi.fn(),
    ...over,
  };
}

describe('record controls', () => {
  it('offers the choice and a start button, and nothing says it is recording', () => {
    const r = recording();
    render(<RecordControls recording={r} />);
    expect(screen.getByRole('heading', { name: 'Record this round' })).toBeTruthy();
    expect(screen.queryByTestId('recording-indicator')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Microphone only' }));
    expect(r.setKind).toHaveBeenCalledWith('mic');
    // R does nothing when not recording.
    fireEvent.keyDown(window, { key: 'r' });
    expect(r.stop).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Start recording' }));
    expect(r.start).toHaveBeenCalledOnce();
  });

  it('warns before a round that will not fit, and lets the user choose', () => {
    const r = recording({ phase: 'confirm', space: { state: 'tight', minutesLeft: 12 } });
    render(<RecordControls recording={r} />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /planned for 45 minutes, but there is room for about 12 minutes/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Record anyway' }));
    expect(r.confirm).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(r.cancel).toHaveBeenCalledOnce();
  });

  it('while recording shows a clear indicator with the size, and R stops it', () => {
    const r = recording({
      phase: 'recording',
      startedAt: Date.now() - 65_000,
      bytes: 3 * 1024 * 1024,
    });
    render(<RecordControls recording={r} />);
    const indicator = screen.getByTestId('recording-indicator');
    expect(indicator.textContent).toMatch(/^Recording · 1:0\d · 3\.0 MB$/);
    fireEvent.keyDown(window, { key: 'r' });
    expect(r.stop).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Stop recording' }));
    expect(r.stop).toHaveBeenCalledTimes(2);
  });

  it('says when it follows a paused round, and links to the replay once saved', () => {
    const { rerender } = render(
      <RecordControls recording={recording({ phase: 'recording', paused: true, startedAt: 0 })} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Recording paused with the round');
    rerender(<RecordControls recording={recording({ savedId: 'rec-1' })} />);
    expect(
      screen.getByRole('link', { name: 'Watch it in the workspace' }).getAttribute('href'),
    ).toBe('/workspace.html#recordings/rec-1');
  });
});
