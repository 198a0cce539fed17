import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './query-client';
import { AppRoutes } from './router';

/** The data cache around the router. antd and its theme come with the signed-in shell (AntdProvider). */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AppRoutes />
    </QueryClientProvider>
  );
}
