import { expect } from '@open-wc/testing';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { IMAGE_FITS, IMAGE_POSITIONS } from './image.js';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();
const src = '/test/fixtures/widgets/assets/pixel.gif';

describe('Image', () => {
  it('fit, position, frame, flush, radius, sizes, margin', async () => {
    const el = await renderWidget({
      type: 'Card',
      children: [
        {
          type: 'Image',
          src,
          alt: 'dot',
          fit: 'contain',
          position: 'top left',
          frame: true,
          flush: true,
          radius: 'lg',
          width: 80,
          height: 60,
          margin: { top: 2 },
        },
      ],
    });
    const img = shadow(el).querySelector<HTMLImageElement>('img.image')!;
    expect(img.alt).to.equal('dot');
    expect(css(img, 'object-fit')).to.equal('contain');
    expect(css(img, 'object-position')).to.equal('0% 0%');
    expect(css(img, 'border-top-left-radius')).to.equal('12px');
    expect(css(img, 'height')).to.equal('60px');
    expect(css(img, 'margin-top')).to.equal('8px');
    expect(img.classList.contains('frame') && img.classList.contains('flush')).to.equal(true);
  });

  it('every fit and position; unknown ones are cover and center; no src renders nothing', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: [
        ...IMAGE_FITS.map((fit) => ({ type: 'Image', src, fit })),
        ...IMAGE_POSITIONS.map((position) => ({ type: 'Image', src, position })),
        { type: 'Image', src, fit: 'stretch', position: 'middle' },
        { type: 'Image' },
      ],
    });
    const images = [...shadow(el).querySelectorAll<HTMLElement>('img.image')];
    expect(images).to.have.length(IMAGE_FITS.length + IMAGE_POSITIONS.length + 1);
    IMAGE_FITS.forEach((fit, i) => expect(images[i]!.style.objectFit).to.equal(fit));
    // The browser writes positions its own way ('left top'): compare with what it writes.
    const written = (position: string) => {
      const probe = document.createElement('img');
      probe.style.objectPosition = position;
      return probe.style.objectPosition;
    };
    IMAGE_POSITIONS.forEach((position, i) =>
      expect(images[IMAGE_FITS.length + i]!.style.objectPosition, position).to.equal(
        written(position),
      ),
    );
    const odd = images.at(-1)!;
    expect(odd.style.objectFit).to.equal('cover');
    expect(odd.style.objectPosition).to.equal(written('center'));
  });
});
