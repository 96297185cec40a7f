import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// The renderer tests talk to a real core on a real SQLite file; on a busy
// 2-core CI machine an answer can take longer than the 1 s default.
configure({ asyncUtilTimeout: 10_000 });
