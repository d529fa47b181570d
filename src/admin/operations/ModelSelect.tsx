'use client'
import React from 'react'

import type { Model } from '../../attribution/models/credit'
import { MODEL_LABELS } from './models'

/** The attribution model the view credits by: changing it reloads the page with `?model=`. */
export const ModelSelect: React.FC<{ value: Model }> = ({ value }) => (
  <label style={{ display: 'inline-flex', gap: '0.5rem', alignItems: 'center' }}>
    Attribution model
    <select
      data-testid="model-select"
      value={value}
      onChange={(e) => {
        const url = new URL(window.location.href)
        url.searchParams.set('model', e.target.value)
        window.location.assign(url.toString())
      }}
      style={{ padding: '0.3rem 0.5rem', background: 'var(--theme-input-bg, var(--theme-elevation-0))', color: 'var(--theme-text)', border: '1px solid var(--theme-elevation-250)', borderRadius: 4 }}
    >
      {(Object.keys(MODEL_LABELS) as Model[]).map((m) => (
        <option key={m} value={m}>
          {MODEL_LABELS[m]}
        </option>
      ))}
    </select>
  </label>
)
