// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RoundSetup } from '../../components/practice/round-setup';
import { netflixValues } from '../../lib/frameworks/netflix-values';

afterEach(() => cleanup());

describe('RoundSetup', () => {
  it('says why a custom round with no value ticked cannot start', () => {
    render(<RoundSetup framework={netflixValues} onStart={() => undefined} />);
    fireEvent.click(screen.getByRole('radio', { name: /Custom round/ }));
    for (const v of netflixValues.values)
      fireEvent.click(screen.getByRole('checkbox', { name: v.name }));
    const start = screen.getByRole('button', { name: 'Start round' }) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    const why = screen.getByText('Tick at least one value to start a custom round.');
    expect(start.getAttribute('aria-describedby')).toBe(why.id);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Judgment' }));
    expect(start.disabled).toBe(false);
    expect(screen.queryByText('Tick at least one value to start a custom round.')).toBeNull();
  });
});
