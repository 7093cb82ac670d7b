/** Content of the demo backend: widgets, Markdown and images written for this project. */
import type { WidgetComponent } from '../../src/protocol/wire-types.js';
import { loadWidgetFile } from '../../src/templates/index.js';
import samples from './sample-widgets.json' with { type: 'json' };
import { ORDER_STATUS } from './widget-files.js';

/** A widget of the sample flows (shared with the Python conformance server), placeholders filled. */
export function sampleWidget(
  name: keyof typeof samples,
  fill: Record<string, string> = {},
): WidgetComponent {
  let text = JSON.stringify(samples[name]);
  for (const [key, value] of Object.entries(fill))
    text = text.split(`{${key}}`).join(value.replace(/["\\]/g, ''));
  return JSON.parse(text) as WidgetComponent;
}

/** Small PNGs for the scripted generated image: a blurred preview, then the final one. */
export const PARTIAL_IMAGE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAwAAAAMCAIAAADZF8uwAAABCUlEQVR42g3KoRWGERiA0X8JS1jCFJYwgUZUnaOI6htFRVCec0SWsMX/3Xx/P4/yaI/xWI/zBE/xiGd6rud5fr+IiuiIidiIi4RIiUhkRm7kxS8lVEInTMImXCIkSkISM3ETL30pozI6YzI24zIhUzKSmZmbeflLFVXRFVOxFVcJlVKRyqzcyqtfaqiGbpiGbbhGaJSGNGbjNl77kqAELRjBCk4IQhFEmMIVnnypozq6Yzq24zqhUzrSmZ3bef1LAzXQAzOwAzcIgzKQwRzcwRtfWqiFXpiFXbhFWJSFLObiLt760kZt9MZs7MZtwqZsZDM3d/P2lw7qoA/mYA/uEA7lIId5uId3+ANEuw8whglELgAAAABJRU5ErkJggg==';
export const FINAL_IMAGE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAR/klEQVR42g3OMesxAQDA4XexWEwWi8liMVksJovFZLFYTBaLQZeQLukSCQnpElKXkC4hoZDfJV1CusliMVkstvf/fILn378EpgTmBJYE1gS2BPYEjgTOBK4E7gSeBN4EvgT+BIEEwQShBOEEkQTRBLEE8QRCgnQCMYGUoJSgmqCZQE7QS6AkGCdQEywSbBLsE2gJ9AS3BEaCZ4JXgneCT4Jvgl+Cf/8ETAJmAYuAVcAmYBdwCDgFXAJuAY+AV8An4BcICAQFQgJhgYhAVCAmEBcQBNICooAkUBKoCjQFZIGegCIwFlAFFgIbgb2AJqAL3AQMgafAS+At8BH4CvyEv1ASUxJzEksSaxJbEnsSRxJnElcSdxJPEm8SXxJ/kkCSYJJQknCSSJJokliSeBIhSTqJmERKUkpSTdJMIifpJVGSjJOoSRZJNkn2SbQkepJbEiPJM8kryTvJJ8k3yS/5F0phSmFOYUlhTWFLYU/hSOFM4UrhTuFJ4U3hS+FPEUgRTBFKEU4RSRFNEUsRTyGkSKcQU0gpSimqKZop5BS9FEqKcQo1xSLFJsU+hZZCT3FLYaR4pnileKf4pPim+KX+QhlMGcwZLBmsGWwZ7BkcGZwZXBncGTwZvBl8GfwZAhmCGUIZwhkiGaIZYhniGYQM6QxiBilDKUM1QzODnKGXQckwzqBmWGTYZNhn0DLoGW4ZjAzPDK8M7wyfDN8Mv8xfKIspizmLJYs1iy2LPYsjizOLK4s7iyeLN4sviz9LIEswSyhLOEskSzRLLEs8i5AlnUXMImUpZalmaWaRs/SyKFnGWdQsiyybLPssWhY9yy2LkeWZ5ZXlneWT5Zvll/0LiZhEzCIWEauITcQu4hBxirhE3CIeEa+IT8QvEhAJioREwiIRkahITCQuIoikRUQRSaQkUhVpisgiPRFFZCyiiixENiJ7EU1EF7mJGCJPkZfIW+Qj8hX5iX+hHKYc5hyWHNYcthz2HI4czhyuHO4cnhzeHL4c/hyBHMEcoRzhHJEc0RyxHPEcQo50DjGHlKOUo5qjmUPO0cuh5BjnUHMscmxy7HNoOfQctxxGjmeOV453jk+Ob45f7i+Ux5THnMeSx5rHlseex5HHmceVx53Hk8ebx5fHnyeQJ5gnlCecJ5InmieWJ55HyJPOI+aR8pTyVPM088h5enmUPOM8ap5Fnk2efR4tj57nlsfI88zzyvPO88nzzfPL/4UkTBJmCYuEVcImYZdwSDglXBJuCY+EV8In4ZcISAQlQhJhiYhEVCImEZcQJNISooQkUZKoSjQlZImehCIxllAlFhIbib2EJqFL3CQMiafES+It8ZH4Svykv1ABUwFzAUsBawFbAXsBRwFnAVcBdwFPAW8BXwF/gUCBYIFQgXCBSIFogViBeAGhQLqAWEAqUCpQLdAsIBfoFVAKjAuoBRYFNgX2BbQCeoFbAaPAs8CrwLvAp8C3wK/wFypiKmIuYiliLWIrYi/iKOIs4iriLuIp4i3iK+IvEigSLBIqEi4SKRItEisSLyIUSRcRi0hFSkWqRZpF5CK9IkqRcRG1yKLIpsi+iFZEL3IrYhR5FnkVeRf5FPkW+RX/QmVMZcxlLGWsZWxl7GUcZZxlXGXcZTxlvGV8ZfxlAmWCZUJlwmUiZaJlYmXiZYQy6TJiGalMqUy1TLOMXKZXRikzLqOWWZTZlNmX0croZW5ljDLPMq8y7zKfMt8yv/JfqIKpgrmCpYK1gq2CvYKjgrOCq4K7gqeCt4Kvgr9CoEKwQqhCuEKkQrRCrEK8glAhXUGsIFUoVahWaFaQK/QqKBXGFdQKiwqbCvsKWgW9wq2CUeFZ4VXhXeFT4VvhV/kL1TDVMNew1LDWsNWw13DUcNZw1XDX8NTw1vDV8NcI1AjWCNUI14jUiNaI1YjXEGqka4g1pBqlGtUazRpyjV4Npca4hlpjUWNTY19Dq6HXuNUwajxrvGq8a3xqfGv8an+hOqY65jqWOtY6tjr2Oo46zjquOu46njreOr46/jqBOsE6oTrhOpE60TqxOvE6Qp10HbGOVKdUp1qnWUeu06uj1BnXUess6mzq7OtodfQ6tzpGnWedV513nU+db51f/S/UwNTA3MDSwNrA1sDewNHA2cDVwN3A08DbwNfA3yDQINgg1CDcINIg2iDWIN5AaJBuIDaQGpQaVBs0G8gNeg2UBuMGaoNFg02DfQOtgd7g1sBo8GzwavBu8GnwbfBr/IVamFqYW1haWFvYWthbOFo4W7hauFt4Wnhb+Fr4WwRaBFuEWoRbRFpEW8RaxFsILdItxBZSi1KLaotmC7lFr4XSYtxCbbFosWmxb6G10FvcWhgtni1eLd4tPi2+LX6tv1AbUxtzG0sbaxtbG3sbRxtnG1cbdxtPG28bXxt/m0CbYJtQm3CbSJtom1ibeBuhTbqN2EZqU2pTbdNsI7fptVHajNuobRZtNm32bbQ2eptbG6PNs82rzbvNp823za/9F5IxyZhlLDJWGZuMXcYh45RxybhlPDJeGZ+MXyYgE5QJyYRlIjJRmZhMXEaQScuIMpJMSaYq05SRZXoyisxYRpVZyGxk9jKajC5zkzFknjIvmbfMR+Yr85P/Qh1MHcwdLB2sHWwd7B0cHZwdXB3cHTwdvB18HfwdAh2CHUIdwh0iHaIdYh3iHYQO6Q5iB6lDqUO1Q7OD3KHXQekw7qB2WHTYdNh30DroHW4djA7PDq8O7w6fDt8Ov85fqIupi7mLpYu1i62LvYuji7OLq4u7i6eLt4uvi79LoEuwS6hLuEukS7RLrEu8i9Al3UXsInUpdal2aXaRu/S6KF3GXdQuiy6bLvsuWhe9y62L0eXZ5dXl3eXT5dvl1/0L9TH1Mfex9LH2sfWx93H0cfZx9XH38fTx9vH18fcJ9An2CfUJ94n0ifaJ9Yn3Efqk+4h9pD6lPtU+zT5yn14fpc+4j9pn0WfTZ99H66P3ufUx+jz7vPq8+3z6fPv8+n+hAaYB5gGWAdYBtgH2AY4BzgGuAe4BngHeAb4B/gGBAcEBoQHhAZEB0QGxAfEBwoD0AHGANKA0oDqgOUAe0BugDBgPUAcsBmwG7AdoA/QBtwHGgOeA14D3gM+A74Df4C+kYFIwK1gUrAo2BbuCQ8Gp4FJwK3gUvAo+Bb9CQCGoEFIIK0QUogoxhbiCoJBWEBUkhZJCVaGpICv0FBSFsYKqsFDYKOwVNAVd4aZgKDwVXgpvhY/CV+Gn/IWGmIaYh1iGWIfYhtiHOIY4h7iGuId4hniH+Ib4hwSGBIeEhoSHRIZEh8SGxIcIQ9JDxCHSkNKQ6pDmEHlIb4gyZDxEHbIYshmyH6IN0YfchhhDnkNeQ95DPkO+Q37Dv9AI0wjzCMsI6wjbCPsIxwjnCNcI9wjPCO8I3wj/iMCI4IjQiPCIyIjoiNiI+AhhRHqEOEIaURpRHdEcIY/ojVBGjEeoIxYjNiP2I7QR+ojbCGPEc8RrxHvEZ8R3xG/0F5pgmmCeYJlgnWCbYJ/gmOCc4JrgnuCZ4J3gm+CfEJgQnBCaEJ4QmRCdEJsQnyBMSE8QJ0gTShOqE5oT5Am9CcqE8QR1wmLCZsJ+gjZBn3CbYEx4TnhNeE/4TPhO+E3+QlNMU8xTLFOsU2xT7FMcU5xTXFPcUzxTvFN8U/xTAlOCU0JTwlMiU6JTYlPiU4Qp6SniFGlKaUp1SnOKPKU3RZkynqJOWUzZTNlP0aboU25TjCnPKa8p7ymfKd8pv+lfSMWkYlaxqFhVbCp2FYeKU8Wl4lbxqHhVfCp+lYBKUCWkElaJqERVYipxFUElrSKqSCollapKU0VW6akoKmMVVWWhslHZq2gquspNxVB5qrxU3iofla/KT/0LzTDNMM+wzLDOsM2wz3DMcM5wzXDP8MzwzvDN8M8IzAjOCM0Iz4jMiM6IzYjPEGakZ4gzpBmlGdUZzRnyjN4MZcZ4hjpjMWMzYz9Dm6HPuM0wZjxnvGa8Z3xmfGf8Zn+hOaY55jmWOdY5tjn2OY45zjmuOe45njneOb45/jmBOcE5oTnhOZE50TmxOfE5wpz0HHGONKc0pzqnOUee05ujzBnPUecs5mzm7Odoc/Q5tznGnOec15z3nM+c75zf/C+0xLTEvMSyxLrEtsS+xLHEucS1xL3Es8S7xLfEvySwJLgktCS8JLIkuiS2JL5EWJJeIi6RlpSWVJc0l8hLekuUJeMl6pLFks2S/RJtib7ktsRY8lzyWvJe8lnyXfJb/oVWmFaYV1hWWFfYVthXOFY4V7hWuFd4VnhX+Fb4VwRWBFeEVoRXRFZEV8RWxFcIK9IrxBXSitKK6ormCnlFb4WyYrxCXbFYsVmxX6Gt0FfcVhgrniteK94rPiu+K36rv9Aa0xrzGssa6xrbGvsaxxrnGtca9xrPGu8a3xr/msCa4JrQmvCayJromtia+BphTXqNuEZaU1pTXdNcI6/prVHWjNeoaxZrNmv2a7Q1+prbGmPNc81rzXvNZ813zW/9F9pi2mLeYtli3WLbYt/i2OLc4tri3uLZ4t3i2+LfEtgS3BLaEt4S2RLdEtsS3yJsSW8Rt0hbSluqW5pb5C29LcqW8RZ1y2LLZst+i7ZF33LbYmx5bnlteW/5bPlu+W3/QjtMO8w7LDusO2w77DscO5w7XDvcOzw7vDt8O/w7AjuCO0I7wjsiO6I7YjviO4Qd6R3iDmlHaUd1R3OHvKO3Q9kx3qHuWOzY7Njv0HboO247jB3PHa8d7x2fHd8dv91f6IDpgPmA5YD1gO2A/YDjgPOA64D7gOeA94DvgP9A4EDwQOhA+EDkQPRA7ED8gHAgfUA8IB0oHageaB6QD/QOKAfGB9QDiwObA/sD2gH9wO2AceB54HXgfeBz4Hvgd/gLHTEdMR+xHLEesR2xH3EccR5xHXEf8RzxHvEd8R8JHAkeCR0JH4kciR6JHYkfEY6kj4hHpCOlI9UjzSPykd4R5cj4iHpkcWRzZH9EO6IfuR0xjjyPvI68j3yOfI/8jn8hDZOGWcOiYdWwadg1HBpODZeGW8Oj4dXwafg1AhpBjZBGWCOiEdWIacQ1BI20hqghaZQ0qhpNDVmjp6FojDVUjYXGRmOvoWnoGjcNQ+Op8dJ4a3w0vho/7S90wnTCfMJywnrCdsJ+wnHCecJ1wn3Cc8J7wnfCfyJwIngidCJ8InIieiJ2In5COJE+IZ6QTpROVE80T8gneieUE+MT6onFic2J/QnthH7idsI48TzxOvE+8TnxPfE7/YXOmM6Yz1jOWM/YztjPOM44z7jOuM94znjP+M74zwTOBM+EzoTPRM5Ez8TOxM8IZ9JnxDPSmdKZ6pnmGflM74xyZnxGPbM4szmzP6Od0c/czhhnnmdeZ95nPme+Z37nv5COScesY9Gx6th07DoOHaeOS8et49Hx6vh0/DoBnaBOSCesE9GJ6sR04jqCTlpH1JF0SjpVnaaOrNPTUXTGOqrOQmejs9fRdHSdm46h89R56bx1PjpfnZ/+F7pgumC+YLlgvWC7YL/guOC84LrgvuC54L3gu+C/ELgQvBC6EL4QuRC9ELsQvyBcSF8QL0gXSheqF5oX5Au9C8qF8QX1wuLC5sL+gnZBv3C7YFx4XnhdeF/4XPhe+F3+QldMV8xXLFesV2xX7FccV5xXXFfcVzxXvFd8V/xXAleCV0JXwlciV6JXYlfiV4Qr6SviFelK6Ur1SvOKfKV3RbkyvqJeWVzZXNlf0a7oV25XjCvPK68r7yufK98rv+tf6I7pjvmO5Y71ju2O/Y7jjvOO6477jueO947vjv9O4E7wTuhO+E7kTvRO7E78jnAnfUe8I90p3anead6R7/TuKHfGd9Q7izubO/s72h39zu2Oced553Xnfedz53vnd/8LPTA9MD+wPLA+sD2wP3A8cD5wPXA/8DzwPvA98D8IPAg+CD0IP4g8iD6IPYg/EB6kH4gPpAelB9UHzQfyg94D5cH4gfpg8WDzYP9Ae6A/uD0wHjwfvB68H3wefB/8Hn8hA5OB2cBiYDWwGdgNHAZOA5eB28Bj4DXwGfgNAgZBg5BB2CBiEDWIGcQNBIO0gWggGZQMqgZNA9mgZ6AYjA1Ug4XBxmBvoBnoBjcDw+Bp8DJ4G3wMvgY/g/9MhlTgg9aT9AAAAABJRU5ErkJggg==';

/** The email draft that `widget:` streams: a Card with a title and a streamed Markdown body. */
export function draftWidget(
  title: string,
  body: string,
  streaming: boolean | null,
  confirm = false,
): WidgetComponent {
  const markdown: WidgetComponent = { type: 'Markdown', id: 'body', value: body };
  if (streaming !== null) markdown['streaming'] = streaming;
  const root: WidgetComponent = {
    type: 'Card',
    children: [{ type: 'Title', value: title }, markdown],
  };
  if (confirm) {
    root['confirm'] = {
      label: 'Send',
      action: { type: 'draft.send', payload: { draft_id: 'd1' } },
    };
    root['cancel'] = { label: 'Discard', action: { type: 'draft.discard' } };
  }
  return root;
}

/** The answer of `markdown:`, exercising every block the renderer supports. */
export const DEMO_MARKDOWN = `## Planning a weekend in Lisbon

Here is a **two-day plan** with a few _options_ and one \`inline code\` sample.

1. **Saturday**: Alfama in the morning, then the tram 28 ride.
2. **Sunday**: Belém, pastries, and the riverside walk.

- Pack comfortable shoes
- Book the ~~ferry~~ train to Sintra in advance
- Check [the tram timetable](https://www.carris.pt/)

| Place | Best time | Cost |
| --- | :---: | ---: |
| Castelo de São Jorge | Morning | €15 |
| Jerónimos Monastery | Early afternoon | €12 |
| LX Factory | Evening | Free |

> Tip: most museums are closed on Mondays.

\`\`\`js
const budget = days * 90; // euros per day
console.log(\`Total: €\${budget}\`);
\`\`\`

Raw HTML such as <script>alert(1)</script> is shown as text, never run.
`;

/**
 * The answer of `math:`: TeX inline (`$…$`, `\(…\)`) and displayed (`$$…$$`), and prices that stay
 * text. A page typesets it with `markdown: { math: true }` (off by default: it shows as source).
 */
export const DEMO_MATH = String.raw`## A little math

Euler's identity, $e^{i\pi} + 1 = 0$, ties five constants together, and the sum of the first
$n$ whole numbers is \(\sum_{k=1}^{n} k = \frac{n(n+1)}{2}\).

The roots of $ax^2 + bx + c = 0$:

$$x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}$$

The Gaussian integral, and a matrix:

$$\int_{-\infty}^{\infty} e^{-x^2}\,dx = \sqrt{\pi} \qquad A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$$

Prices stay text: the book costs $5 and the pen $2.
`;

/** demo/widgets/order-status.widget, loaded once (the `.widget` templates module). */
let orderStatus: ReturnType<typeof loadWidgetFile> | null = null;

/**
 * The widget `order:` answers with, built from demo/widgets/order-status.widget with the order's
 * data, as a server written in JavaScript builds its widgets from Widget Builder files.
 */
export function orderWidget(orderId: string): WidgetComponent {
  orderStatus ??= loadWidgetFile(ORDER_STATUS);
  return orderStatus.build({
    orderId,
    status: 'shipped',
    items: [
      { name: 'Trail shoes', quantity: 1, price: 89.5 },
      { name: 'Wool socks', quantity: 3, price: 7 },
    ],
  });
}
