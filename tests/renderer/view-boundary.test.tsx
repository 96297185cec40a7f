/**
 * A view that fails to load or to draw (its chunk gone after an update, a
 * bug) says so inside the app, with a way to reload; the rest of the window
 * (header, sidebar) stays usable.
 */
import { screen, within } from '@testing-library/react';
import { ViewBoundary } from '../../renderer/app/view-boundary.tsx';
import { useApp } from './setup-app.tsx';

const app = useApp();

function Broken(): never {
  throw new Error('chunk missing');
}

describe('a view that fails', () => {
  it('shows a German alert with "Neu laden" instead of a blank window', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      app.renderView(
        <main>
          <ViewBoundary>
            <Broken />
          </ViewBoundary>
        </main>,
      );
      const alert = await screen.findByRole('alert');
      expect(within(alert).getByText('Diese Ansicht ließ sich nicht öffnen')).toBeInTheDocument();
      expect(alert).toHaveTextContent('Ihre Daten sind gespeichert.');
      expect(within(alert).getByRole('button', { name: 'Neu laden' })).toBeInTheDocument();
      expect(logged).toHaveBeenCalledWith('[renderer] a view failed:', expect.any(Error));
    } finally {
      logged.mockRestore();
    }
  });
});
