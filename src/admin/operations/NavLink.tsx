import type { ServerProps } from 'payload'
import React from 'react'

/** "Operations" (the dashboard) in the admin nav, after "Calendar". */
export const OperationsNavLink: React.FC<ServerProps> = ({ payload }) => (
  <a className="nav__link" href={`${payload.config.routes.admin}/operations`} style={{ marginTop: '0.5rem' }}>
    <span className="nav__link-label">Operations</span>
  </a>
)
