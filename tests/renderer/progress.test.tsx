import { screen, waitFor } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

describe('progress of long work', () => {
  it('shows a labelled progress bar while a task runs and removes it when done', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    go('#/overview');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Übersicht' });

    app.h.core.emit({ type: 'progress', task: 'import', done: 250, total: 1000 });
    const bar = await screen.findByRole('progressbar', { name: /Wird bearbeitet – 250 von 1\.000/ });
    expect(bar).toHaveAttribute('value', '250');
    expect(bar).toHaveAttribute('max', '1000');

    app.h.core.emit({ type: 'progress', task: 'import', done: 1000, total: 1000 });
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
  });
});
